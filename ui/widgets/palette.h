#pragma once

#include "core/states/task_state.h"

#include <QColor>

namespace ptlab::ui {

// Okabe–Ito: eight colours that people with the common colour-vision deficiencies can tell apart.
namespace okabeIto {
inline const QColor Orange { 0xE6, 0x9F, 0x00 };
inline const QColor SkyBlue { 0x56, 0xB4, 0xE9 };
inline const QColor BluishGreen { 0x00, 0x9E, 0x73 };
inline const QColor Yellow { 0xF0, 0xE4, 0x42 };
inline const QColor Blue { 0x00, 0x72, 0xB2 };
inline const QColor Vermillion { 0xD5, 0x5E, 0x00 };
inline const QColor ReddishPurple { 0xCC, 0x79, 0xA7 };
inline const QColor Black { 0x00, 0x00, 0x00 };
} // namespace okabeIto

QColor stateColor(states::TaskState state);
QColor zombieColor();
// A colour per task, cycling through the palette (tokens also carry a number, so colour is never
// the only cue).
QColor taskColor(std::uint64_t taskId);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background);

} // namespace ptlab::ui
