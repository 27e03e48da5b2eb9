#pragma once

#include "core/common/Result.h"
#include "core/units/Unit.h"

#include <QObject>

#include <functional>
#include <optional>

namespace smr {

class UnitRepository;
class Writer;

// Configures the establishment's list of units: add, rename, open or close a unit.
class UnitService : public QObject
{
    Q_OBJECT

public:
    UnitService(Writer &writer, UnitRepository &units, QObject *parent = nullptr);

    Result<QList<Unit>> list();
    // Adds a unit named `label`; its code is derived from the label ("Soins de suite" ->
    // "soins-de-suite").
    Result<QString> add(const QString &label);
    Status rename(const QString &code, const QString &label);
    Status setActive(const QString &code, bool active);

    static QString codeFor(const QString &label);
    // For the services that read a unit's patients: the refusal (field "unit") of a code that names
    // no unit, an empty one included, listing the units; nothing when `code` (trimmed, lower case)
    // names one. Runs inside the caller's read.
    static std::optional<FieldError> checkKnown(UnitRepository &units, const QString &code);

    static constexpr int MaxLabelLength = 60;
    static inline const QString LabelField = QStringLiteral("label");
    static inline const QString UnitField = QStringLiteral("unit");

signals:
    void unitsChanged();

private:
    std::optional<FieldError> checkLabel(const QString &label, const QString &exceptCode);
    Status change(const QString &code, const std::function<std::optional<FieldError>(Unit &)> &edit);

    Writer &m_writer;
    UnitRepository &m_units;
};

} // namespace smr
