#pragma once

#include "models/model_roles.h"

#include <QIcon>

#include <cstdint>

// Icons for handles and request states, built from the SVG files under resources/icons/ (":/icons/handles/*.svg",
// ":/icons/status/*.svg", compiled into hinterscope_resources). The shape of a handle icon says its type; a small
// status badge in its bottom-right corner says its state. The executable must link hinterscope_resources.
namespace hinterscope::handle_icons {

// Every state a status icon exists for: the four handle states plus how a request ended.
enum class Status : int { Open, Sending, Receiving, Closed, Success, Error, Cancelled };

QIcon forHandle(std::uint32_t handleType, HandleState state);
QIcon forOptions();

// The plain type icon without a badge, and the plain status icon (for lists, summaries and menus).
QIcon forHandleType(std::uint32_t handleType);
QIcon forStatus(Status status);

// The resource paths behind the icons above.
QString handleTypeResource(std::uint32_t handleType);
QString statusResource(Status status);
Status statusOf(HandleState state);

} // namespace hinterscope::handle_icons
