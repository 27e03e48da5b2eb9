#pragma once

#include "core/assessment/AdmissionAssessment.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace smr {

class Database;
class Sql;

// Reads and writes admission assessments and red-flag actions. Throws StorageError; writes are
// made inside the caller's transaction.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database &db) : m_db(db) {}

    AssessmentId insert(const AdmissionAssessment &a, const QString &timestamp);
    // Saves a draft's content; false when the stored version is no longer `a.version` or the
    // revision is no longer a draft.
    bool updateDraft(const AdmissionAssessment &a, const QString &timestamp);
    // Marks the draft signed; false as updateDraft.
    bool sign(AssessmentId id, int version, const QString &signedBy, const QString &signedAt, const QString &timestamp);

    std::optional<AdmissionAssessment> find(AssessmentId id);
    // The stay's latest revision.
    std::optional<AdmissionAssessment> current(StayId stay);
    // Every revision of the stay's assessment, the first first.
    QList<AdmissionAssessment> revisions(StayId stay);

    qint64 insertAction(const RedFlagAction &action);
    QList<RedFlagAction> actions(StayId stay);

    // For a whole unit in one query each (the on-call sheet): the latest revision of each
    // assessment of the unit's stays in progress on `day` (StayRepository::inProgressOn), and
    // those stays' red-flag actions, oldest first.
    QMap<StayId, AdmissionAssessment> currentInProgress(const QString &unitCode, const QDate &day);
    QMap<StayId, QList<RedFlagAction>> actionsInProgress(const QString &unitCode, const QDate &day);

private:
    static QString columns();
    static AdmissionAssessment readRow(const Sql &row);
    static QString actionColumns();
    static RedFlagAction readAction(const Sql &row);

    Database &m_db;
};

} // namespace smr
