#include "core/units/UnitService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/common/Text.h"
#include "core/units/UnitRepository.h"

#include <QRegularExpression>

namespace smr {

UnitService::UnitService(Writer &writer, UnitRepository &units, QObject *parent)
    : QObject(parent), m_writer(writer), m_units(units)
{
}

QString UnitService::codeFor(const QString &label)
{
    static const QRegularExpression nonAlnum(QStringLiteral("[^a-z0-9]+"));
    QString code = text::fold(label).toLower();
    code.replace(nonAlnum, QStringLiteral("-"));
    while (code.startsWith(QLatin1Char('-')))
        code.remove(0, 1);
    while (code.endsWith(QLatin1Char('-')))
        code.chop(1);
    return code;
}

std::optional<FieldError> UnitService::checkKnown(UnitRepository &units, const QString &typed)
{
    const QString code = typed.trimmed().toLower();
    if (!code.isEmpty() && units.find(code))
        return std::nullopt;
    QStringList codes;
    for (const Unit &u : units.all())
        codes << u.code;
    const QString known = codes.join(QStringLiteral(", "));
    return FieldError{UnitField, code.isEmpty() ? tr("The unit is required: one of %1 (File › Settings › Units lists "
                                                     "them).")
                                                      .arg(known)
                                                : tr("Unknown unit \"%1\": the unit must be one of %2 (File › "
                                                     "Settings › Units lists them).")
                                                      .arg(typed.trimmed(), known)};
}

Result<QList<Unit>> UnitService::list()
{
    return m_writer.read([&]() -> Result<QList<Unit>> { return m_units.all(); });
}

std::optional<FieldError> UnitService::checkLabel(const QString &label, const QString &exceptCode)
{
    if (codeFor(label).isEmpty())
        return FieldError{LabelField, tr("The unit's name is required and must contain letters or digits.")};
    if (label.size() > MaxLabelLength)
        return FieldError{LabelField, tr("The unit's name is too long (at most %1 characters).").arg(MaxLabelLength)};
    const QString code = codeFor(label);
    const QList<Unit> units = m_units.all();
    for (const Unit &u : units) {
        if (u.code != exceptCode && (u.code == code || text::fold(u.label) == text::fold(label)))
            return FieldError{LabelField, tr("A unit named %1 already exists.").arg(u.label)};
    }
    return std::nullopt;
}

Result<QString> UnitService::add(const QString &rawLabel)
{
    const QString label = rawLabel.simplified();
    auto result = m_writer.write(Right::ManageUnits, [&](Change &change) -> Result<QString> {
        if (std::optional<FieldError> error = checkLabel(label, QString()))
            return Failure::invalid({*error});
        const Unit unit{codeFor(label), label, m_units.nextSortOrder(), true, 1};
        m_units.insert(unit);
        change.record(audit::Unit, unit.code, PatientId(), audit::Create, {}, snapshot::of(unit));
        return unit.code;
    });
    if (result)
        emit unitsChanged();
    return result;
}

Status UnitService::change(const QString &code, const std::function<std::optional<FieldError>(Unit &)> &edit)
{
    auto result = m_writer.write(Right::ManageUnits, [&](Change &change) -> Status {
        const std::optional<Unit> stored = m_units.find(code);
        if (!stored)
            return Failure::notFound(UnitField, tr("There is no unit %1.").arg(code));
        Unit unit = *stored;
        if (std::optional<FieldError> error = edit(unit))
            return Failure::invalid({*error});
        if (!m_units.update(unit))
            return Failure::conflict(tr("The unit %1 was changed elsewhere meanwhile; nothing was saved: look at "
                                        "the list again.")
                                         .arg(stored->label));
        ++unit.version;
        change.record(audit::Unit, code, PatientId(), audit::Update, snapshot::of(*stored), snapshot::of(unit));
        return Done{};
    });
    if (result)
        emit unitsChanged();
    return result;
}

Status UnitService::rename(const QString &code, const QString &rawLabel)
{
    const QString label = rawLabel.simplified();
    return change(code, [&](Unit &unit) {
        std::optional<FieldError> error = checkLabel(label, code);
        unit.label = label;
        return error;
    });
}

Status UnitService::setActive(const QString &code, bool active)
{
    return change(code, [&](Unit &unit) -> std::optional<FieldError> {
        unit.active = active;
        return std::nullopt;
    });
}

} // namespace smr
