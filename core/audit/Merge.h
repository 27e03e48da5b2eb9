#pragma once

#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <vector>

namespace smr {

// A record edited from `base` while another workstation saved `theirs` over it (the save was
// refused as a Conflict): what each side changed, the fields both changed differently, and the
// record that results from the user's choices. Nothing is decided silently: fields changed on
// one side only are listed too, so the user sees both versions before saving over the newer one.
// Fields are named by the audit trail's keys (snapshot::of), so the same labels serve both.
template <class Record> class RecordMerge
{
public:
    enum class Side { Mine, Theirs, Both };

    RecordMerge(const Record &base, const Record &mine, const Record &theirs);

    // Changed by the other workstation only: kept as saved there.
    const QStringList &changedByThem() const { return m_changedByThem; }
    // Changed in this form only: kept as typed.
    const QStringList &changedByMe() const { return m_changedByMe; }
    // Changed on both sides, differently: the user chooses (this form's value until then).
    const QStringList &conflicts() const { return m_conflicts; }
    // Whether both texts can be kept one after the other (free text, not names or codes).
    bool canKeepBoth(const QString &key) const;

    QJsonValue value(const QString &key, Side side) const;
    Side choice(const QString &key) const;
    void choose(const QString &key, Side side);

    // The other workstation's record with this form's changes and the choices, carrying the
    // version saved there: saving it is the user's decision, made with both versions seen.
    Record merged() const;

private:
    struct Field {
        QString key;
        std::function<void(Record &, const Record &)> copy;
        QString Record::*text = nullptr; // free text that may be kept from both sides
    };
    static const std::vector<Field> &fields();
    const Field *field(const QString &key) const;

    Record m_mine;
    Record m_theirs;
    QJsonObject m_mineValues;
    QJsonObject m_theirValues;
    QStringList m_changedByThem;
    QStringList m_changedByMe;
    QStringList m_conflicts;
    QHash<QString, Side> m_choices;
};

// Instantiated for Patient and Stay in Merge.cpp.

} // namespace smr
