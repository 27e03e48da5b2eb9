#include "core/audit/Merge.h"

#include "core/audit/Snapshots.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

namespace smr {

namespace {

// Copies one member from the other record.
template <class Record, class T> std::function<void(Record &, const Record &)> member(T Record::*m)
{
    return [m](Record &to, const Record &from) { to.*m = from.*m; };
}

} // namespace

template <> auto RecordMerge<Patient>::fields() -> const std::vector<Field> &
{
    using P = Patient;
    static const std::vector<Field> all{
        {QStringLiteral("ipp"), member(&P::ipp)},
        {QStringLiteral("nir"), member(&P::nir)},
        {QStringLiteral("ins_qualified"), member(&P::insQualified)},
        {QStringLiteral("birth_name"), member(&P::birthName)},
        {QStringLiteral("used_name"), member(&P::usedName)},
        {QStringLiteral("first_names"), member(&P::firstNames)},
        {QStringLiteral("birth_date"), member(&P::birthDate)},
        {QStringLiteral("sex"), member(&P::sex)},
        {QStringLiteral("height_cm"), member(&P::heightCm)},
        {QStringLiteral("weight_kg"), member(&P::weightKg)},
        {QStringLiteral("general_practitioner"), member(&P::generalPractitioner)},
        {QStringLiteral("notes"), member(&P::notes), &P::notes},
    };
    return all;
}

template <> auto RecordMerge<Stay>::fields() -> const std::vector<Field> &
{
    using S = Stay;
    static const std::vector<Field> all{
        {QStringLiteral("unit_code"), member(&S::unitCode)},
        {QStringLiteral("mode"), member(&S::mode)},
        {QStringLiteral("status"), member(&S::status)},
        {QStringLiteral("admission_date"), member(&S::admissionDate)},
        {QStringLiteral("planned_discharge_date"), member(&S::plannedDischargeDate)},
        {QStringLiteral("discharge_date"), member(&S::dischargeDate)},
        {QStringLiteral("programme"), member(&S::programme)},
        {QStringLiteral("programme_detail"), member(&S::programmeDetail), &S::programmeDetail},
        {QStringLiteral("referrer_type"), member(&S::referrerType)},
        {QStringLiteral("referrer_name"), member(&S::referrerName)},
        {QStringLiteral("coordinating_physician"), member(&S::coordinatingPhysician)},
        {QStringLiteral("cancellation_reason"), member(&S::cancellationReason), &S::cancellationReason},
    };
    return all;
}

template <class Record>
RecordMerge<Record>::RecordMerge(const Record &base, const Record &mine, const Record &theirs)
    : m_mine(mine), m_theirs(theirs), m_mineValues(snapshot::of(mine)), m_theirValues(snapshot::of(theirs))
{
    const QJsonObject before = snapshot::of(base);
    for (const Field &f : fields()) {
        const QJsonValue b = before.value(f.key);
        const QJsonValue m = m_mineValues.value(f.key);
        const QJsonValue t = m_theirValues.value(f.key);
        if (m == t) {
            // Unchanged, or changed to the same value on both sides: nothing to decide.
            continue;
        }
        if (m == b)
            m_changedByThem << f.key;
        else if (t == b)
            m_changedByMe << f.key;
        else
            m_conflicts << f.key;
    }
}

template <class Record> const typename RecordMerge<Record>::Field *RecordMerge<Record>::field(const QString &key) const
{
    for (const Field &f : fields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

template <class Record> bool RecordMerge<Record>::canKeepBoth(const QString &key) const
{
    const Field *f = field(key);
    return f && f->text;
}

template <class Record> QJsonValue RecordMerge<Record>::value(const QString &key, Side side) const
{
    return (side == Side::Theirs ? m_theirValues : m_mineValues).value(key);
}

template <class Record> typename RecordMerge<Record>::Side RecordMerge<Record>::choice(const QString &key) const
{
    return m_choices.value(key, Side::Mine);
}

template <class Record> void RecordMerge<Record>::choose(const QString &key, Side side)
{
    if (side == Side::Both && !canKeepBoth(key))
        side = Side::Mine;
    m_choices.insert(key, side);
}

template <class Record> Record RecordMerge<Record>::merged() const
{
    Record out = m_theirs; // their version number: the save goes over the version just seen
    for (const QString &key : m_changedByMe)
        field(key)->copy(out, m_mine);
    for (const QString &key : m_conflicts) {
        const Field *f = field(key);
        switch (choice(key)) {
        case Side::Mine:
            f->copy(out, m_mine);
            break;
        case Side::Theirs:
            break;
        case Side::Both:
            // Their text first (it was saved first), then this form's.
            out.*(f->text) = m_theirs.*(f->text) + QStringLiteral("\n\n") + m_mine.*(f->text);
            break;
        }
    }
    return out;
}

template class RecordMerge<Patient>;
template class RecordMerge<Stay>;

} // namespace smr
