#pragma once

#include <QIcon>
#include <QSize>
#include <QString>

namespace hinterscope {

// The request method as a small coloured word for a tab (GET green, POST orange, …), as Postman shows it.
// Long methods are cut to four letters; the tab's tooltip has the whole word.
QIcon methodBadge(const QString& method);
inline constexpr QSize kMethodBadgeSize{34, 14};

} // namespace hinterscope
