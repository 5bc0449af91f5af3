#pragma once

#include <QString>
#include <functional>

namespace ptlab::ui {

// Saves through `write(temporaryPath)` into a new file beside `path`, then renames it over `path`:
// a failed or interrupted save never leaves half a picture where the old file was. False (the
// temporary file removed) if `write` fails or the rename does.
bool saveViaTemporaryFile(const QString& path, const std::function<bool(const QString& temporaryPath)>& write);

} // namespace ptlab::ui
