#include "ui/widgets/palette.h"

namespace ptlab::ui {

QColor stateColor(states::TaskState state)
{
    using states::TaskState;
    switch (state) {
    case TaskState::New:
        return okabeIto::Yellow;
    case TaskState::Ready:
        return okabeIto::Orange;
    case TaskState::Running:
        return okabeIto::BluishGreen;
    case TaskState::Waiting:
        return okabeIto::SkyBlue;
    case TaskState::Suspended:
        return okabeIto::ReddishPurple;
    case TaskState::Terminated:
        return QColor(0x80, 0x80, 0x80);
    }
    return Qt::gray;
}

QColor zombieColor()
{
    return okabeIto::Vermillion;
}

QColor taskColor(std::uint64_t taskId)
{
    static const QColor colors[] = { okabeIto::Blue, okabeIto::Vermillion, okabeIto::BluishGreen, okabeIto::Orange,
        okabeIto::ReddishPurple, okabeIto::SkyBlue, okabeIto::Yellow, QColor(0x44, 0x44, 0x44) };
    return colors[taskId % 8];
}

QColor textOn(const QColor& background)
{
    return background.lightnessF() > 0.55 ? Qt::black : Qt::white;
}

} // namespace ptlab::ui
