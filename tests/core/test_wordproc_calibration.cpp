#include "core/wordproc/book_generator.h"
#include "core/wordproc/calibration.h"

#include <catch2/catch.hpp>

using namespace ptlab::wordproc;

TEST_CASE("The book size is chosen for the target reformat time", "[wordproc][calibration]")
{
    CHECK(pagesForReformatTime(0.25, 1000, 50, 8000) == 4000);
    CHECK(pagesForReformatTime(0.3, 1000, 50, 8000) == 3350); // 3333 rounded to 50 pages
    CHECK(pagesForReformatTime(0.01, 1000, 50, 8000) == 8000); // a very fast machine gets the largest book
    CHECK(pagesForReformatTime(100, 1000, 50, 8000) == 50);
    CHECK(pagesForReformatTime(0, 1000, 50, 8000) == 8000); // nothing measured: no division by zero
}

TEST_CASE("Measuring the format speed formats the sample for real", "[wordproc][calibration]")
{
    const Document sample(generateBook(20, Language::English));
    const FontMetrics metrics = FontMetrics::approximateSerif();
    const FormatSpeed speed = measureFormatSpeed(sample, metrics, standardPageLayout(metrics), 0);
    CHECK(speed.runs == 3);
    CHECK(speed.samplePages >= 15);
    CHECK(speed.msPerPage > 0);

    const std::atomic<bool> cancelled { true };
    CHECK(measureFormatSpeed(sample, metrics, standardPageLayout(metrics), 0, &cancelled).runs == 0);
}
