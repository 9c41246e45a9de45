#pragma once

#include "models/model_roles.h"

#include <QIcon>

#include <cstdint>

// Icons for handles, drawn with QPainter (no image files): the shape says the type (session: a globe,
// connect: a plug of two linked boxes, request: an arrow), the colour says the state.
namespace hinterscope::handle_icons {

QIcon forHandle(std::uint32_t handleType, HandleState state);
QIcon forOptions();

} // namespace hinterscope::handle_icons
