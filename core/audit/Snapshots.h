#pragma once

#include <QJsonObject>

namespace smr {

struct AdmissionAssessment;
struct CarePlan;
struct GroupOverride;
struct Meeting;
struct MeetingAction;
struct MeetingDecision;
struct MeetingEntry;
struct MeetingNote;
struct Patient;
struct RedFlagAction;
struct Stay;
struct TestResult;
struct Unit;

// A record's values as the audit trail keeps them before and after a change: every stored
// field under its column's name, dates in ISO 8601, codes as stored, absent values as null.
namespace snapshot {
QJsonObject of(const Patient &patient);
QJsonObject of(const Stay &stay);
QJsonObject of(const TestResult &result);
QJsonObject of(const Unit &unit);
QJsonObject of(const AdmissionAssessment &assessment);
QJsonObject of(const RedFlagAction &action);
QJsonObject of(const CarePlan &plan);
QJsonObject of(const GroupOverride &group);
// Defined with the meetings (core/meetings/MeetingJson.cpp).
QJsonObject of(const Meeting &meeting);
QJsonObject of(const MeetingEntry &entry);
QJsonObject of(const MeetingNote &note);
QJsonObject of(const MeetingDecision &decision);
QJsonObject of(const MeetingAction &action);
} // namespace snapshot

} // namespace smr
