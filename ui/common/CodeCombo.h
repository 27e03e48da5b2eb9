#pragma once

#include "core/common/CodeTable.h"
#include "core/units/Unit.h"

#include <QComboBox>

#include <algorithm>

namespace smr::ui {

// Combo boxes over a code table: the labels shown, the enum value as the item's data.
template <typename E, std::size_t N> void fill(QComboBox *box, const CodeTable<E, N> &table)
{
    for (E v : table.values())
        box->addItem(table.label(v), int(v));
}

// The active units, label shown and code as the item's data, in their order; `alsoKeep` too when
// it is closed (the unit a record still names).
inline void fill(QComboBox *box, const QList<Unit> &units, const QString &alsoKeep = {})
{
    for (const Unit &u : units)
        if (u.active || (!alsoKeep.isEmpty() && u.code == alsoKeep))
            box->addItem(u.label, u.code);
}

template <typename E> E current(const QComboBox *box)
{
    return E(box->currentData().toInt());
}

template <typename E> void select(QComboBox *box, E value)
{
    box->setCurrentIndex(std::max(0, box->findData(int(value))));
}

} // namespace smr::ui
