// Clock: where the core asks for the time, so rules over time (alarms) test with a fake clock.
#pragma once

#include <QDateTime>
#include <functional>

namespace dpp {

//! Returns the current time in UTC.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace dpp
