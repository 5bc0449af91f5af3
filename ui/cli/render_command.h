#pragma once

#include "core/cli/command.h"

namespace ptlab::ui {

// `ptlab render PAGE --lang vi|en [--zoom Z] [--size WxH] --out FILE.png`: draws a page offscreen
// (with a short live demo running) and writes a PNG.
cli::Command renderCommand();

} // namespace ptlab::ui
