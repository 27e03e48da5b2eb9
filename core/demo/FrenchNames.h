#pragma once

#include <QList>
#include <QString>

namespace smr::demo {

// Name lists for demonstration data: common French surnames and first names, towns and
// physicians of an imaginary unit near Lyon. Nothing here is a real patient.
const QList<QString> &surnames();
const QList<QString> &femaleFirstNames();
const QList<QString> &maleFirstNames();
const QList<QString> &towns();
const QList<QString> &unitPhysicians();
const QList<QString> &patientNotes();

} // namespace smr::demo
