#include "core/cli/finite_range.h"

#include <cmath>

namespace ptlab::cli {

CLI::Validator finiteRange(double min, double max)
{
    const CLI::Range range(min, max);
    return CLI::Validator(
        [range](std::string& input) {
            double value = 0;
            if (CLI::detail::lexical_cast(input, value) && !std::isfinite(value))
                return "Value " + input + " is not a finite number";
            return range(input);
        },
        range.get_description());
}

} // namespace ptlab::cli
