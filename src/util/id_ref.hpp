#pragma once

#include "util/diagnostic.hpp"

#include <string>

namespace ladder {

// An id as written in a file, with where it was written (for "unknown level 'IC9'" errors).
struct IdRef {
    std::string id;
    Location where;
};

} // namespace ladder
