#include "report/person/next_steps_json.hpp"

#include "report/common/next_steps_words.hpp"

namespace ladder {

namespace {

std::string_view kind_name(Need::Kind kind) {
    switch (kind) {
    case Need::Kind::evidence:
        return "evidence";
    case Need::Kind::rating:
        return "rating";
    case Need::Kind::programme:
        return "programme";
    case Need::Kind::interest:
        return "interest";
    case Need::Kind::tenure:
        return "tenure";
    case Need::Kind::record:
        return "record";
    }
    return "record";
}

std::vector<std::string> ids(const std::vector<IdRef>& refs) {
    std::vector<std::string> result;
    for (const auto& ref : refs) {
        result.push_back(ref.id);
    }
    return result;
}

// The item in the evidence file's own keys, so a tool can append it as it stands.
nlohmann::ordered_json item_to_json(const EvidenceItem& item) {
    nlohmann::ordered_json json = {{"id", item.id}, {"type", item.type}};
    if (!item.kind.empty()) {
        json["kind"] = item.kind;
    }
    json["title"] = item.title;
    json["date"] = item.date.to_string();
    if (!item.role.empty()) {
        json["role"] = item.role;
    }
    if (!item.scope.empty()) {
        json["scope"] = item.scope;
    }
    json["competencies"] = ids(item.competencies);
    json["demonstrates"] = ids(item.demonstrates);
    json["tags"] = item.tags;
    // Plain ids, or maps of an id and its attributes where a filter asks about endorsers.
    nlohmann::ordered_json endorsers = nlohmann::ordered_json::array();
    for (const auto& endorsement : item.endorsements) {
        if (endorsement.attributes.empty()) {
            endorsers.push_back(endorsement.id);
            continue;
        }
        nlohmann::ordered_json endorser = {{"id", endorsement.id}};
        for (const auto& [attribute, value] : endorsement.attributes) {
            endorser[attribute] = value;
        }
        endorsers.push_back(endorser);
    }
    json["endorsed_by"] = endorsers;
    if (item.quantity != 1) {
        json["quantity"] = item.quantity;
    }
    return json;
}

nlohmann::ordered_json step_to_json(const Framework& framework, const NextStep& step) {
    std::vector<std::string> closes;
    for (const auto* result : step.closes) {
        closes.push_back(result->criterion->id);
    }
    nlohmann::ordered_json json = {{"kind", kind_name(step.need.kind)},
                                   {"text", describe_step(framework, step)},
                                   {"closes", closes},
                                   {"required_closed", step.required_closed}};
    switch (step.need.kind) {
    case Need::Kind::evidence:
        json["count"] = step.need.evidence.count;
        json["item"] = item_to_json(*step.hypothetical);
        break;
    case Need::Kind::rating:
        json["competency"] = step.need.id;
        json["min"] = step.need.minimum;
        break;
    case Need::Kind::programme:
        json["programme"] = step.need.id;
        break;
    case Need::Kind::interest:
        json[step.need.level ? "level" : "track"] = step.need.id;
        break;
    case Need::Kind::tenure:
        json["date"] = step.need.reached_on ? step.need.reached_on->to_string() : "";
        break;
    case Need::Kind::record:
        break;
    }
    return json;
}

nlohmann::ordered_json optional_date(const std::optional<Date>& date) {
    return date ? nlohmann::ordered_json(date->to_string()) : nlohmann::ordered_json(nullptr);
}

} // namespace

nlohmann::ordered_json timeline_to_json(const Framework& framework, const Person& person,
                                        const LevelResult& target, const Date& as_of) {
    Timeline timeline = project_timeline(framework, person, *target.level, as_of);
    nlohmann::ordered_json events = nlohmann::ordered_json::array();
    for (const auto& event : timeline.events) {
        events.push_back({{"date", event.date.to_string()},
                          {"criterion", event.criterion->id},
                          {"required", event.criterion->required},
                          {"change", event.becomes_met ? "met" : "lost"},
                          {"ageing_out", event.ageing_out}});
    }
    return {{"horizon_days", timeline.horizon_days},
            {"ready_from", optional_date(timeline.ready_from)},
            {"ready_until", optional_date(timeline.ready_until)},
            {"events", events}};
}

nlohmann::ordered_json next_steps_to_json(const Framework& framework, const LevelResult& target,
                                          const Date& as_of) {
    NextSteps plan = plan_next_steps(framework, target, as_of);
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const auto& step : plan.steps) {
        steps.push_back(step_to_json(framework, step));
    }
    return {{"summary", next_steps_summary(plan, target.ready)},
            {"new_items", plan.new_items},
            {"steps", steps}};
}

} // namespace ladder
