#pragma once

#include "core/cli/command_args.h"

#include <iosfwd>

namespace ptlab::ui {

// `ptlab render PAGE --lang vi|en [--zoom Z] [--size WxH] --out FILE.png`: draws a page offscreen
// (with a short live demo running) and writes a PNG. Needs a QApplication.
int runRenderCommand(const cli::Args& args, std::ostream& out, std::ostream& err);
void printRenderHelp(std::ostream& out);

} // namespace ptlab::ui

#include "core/cli/command.h"
namespace ptlab::ui {
cli::Command renderCommand();
} // namespace ptlab::ui
