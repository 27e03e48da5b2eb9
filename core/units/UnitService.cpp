#include "core/units/UnitService.h"

#include "core/common/Text.h"
#include "core/storage/Transactional.h"
#include "core/units/UnitRepository.h"

#include <QRegularExpression>

namespace smr {

UnitService::UnitService(Database &db, UnitRepository &units, QObject *parent)
    : QObject(parent), m_db(db), m_units(units)
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

Result<QList<Unit>> UnitService::list()
{
    return reading([&]() -> Result<QList<Unit>> { return m_units.all(); });
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
    auto result = inWriteTransaction(m_db, [&]() -> Result<QString> {
        if (std::optional<FieldError> error = checkLabel(label, QString()))
            return Failure::invalid({*error});
        const Unit unit{codeFor(label), label, m_units.nextSortOrder(), true};
        m_units.insert(unit);
        return unit.code;
    });
    if (result)
        emit unitsChanged();
    return result;
}

Status UnitService::change(const QString &code, const std::function<std::optional<FieldError>(Unit &)> &edit)
{
    auto result = inWriteTransaction(m_db, [&]() -> Status {
        std::optional<Unit> unit = m_units.find(code);
        if (!unit)
            return Failure::notFound(UnitField, tr("There is no unit %1.").arg(code));
        if (std::optional<FieldError> error = edit(*unit))
            return Failure::invalid({*error});
        m_units.update(*unit);
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
