#include "model/outcome.hpp"

namespace ladder {

std::string_view to_string(Status status) {
    switch (status) {
    case Status::met:
        return "met";
    case Status::partial:
        return "partial";
    case Status::not_met:
        return "not_met";
    case Status::no_data:
        return "no_data";
    case Status::waived:
        return "waived";
    }
    return "not_met";
}

} // namespace ladder
