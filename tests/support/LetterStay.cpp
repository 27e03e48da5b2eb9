#include "support/LetterStay.h"

#include "core/careplan/CarePlanSupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>

#include <gtest/gtest.h>

namespace smr::test {

namespace {

template <typename T> bool ok(const Result<T> &r, const char *what)
{
    if (!r)
        ADD_FAILURE() << what << ": " << r.failure().text().toStdString();
    return bool(r);
}

bool record(TestStore &store, StayId stay, const QString &instrument, const QDate &day, const QList<int> &items)
{
    TestResult r = TestStore::questionnaire(stay, instrument, day, items);
    if (instrument == QLatin1String("odi")) { // -1: a section not answered
        QJsonArray a;
        for (int v : items)
            a.append(v < 0 ? QJsonValue() : QJsonValue(v));
        r.answers = {{QStringLiteral("items"), a}};
    }
    return ok(store->results().record(r), "a result");
}

} // namespace

QByteArray letterheadLogo()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

LetterStay addLetterStay(TestStore &store)
{
    LetterStay out;
    out.physician = store.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
    store.signInAs(out.physician);
    Patient p = TestStore::patient();
    p.generalPractitioner = QStringLiteral("Dr Jean Lefèvre");
    const Result<PatientId> patient = store->patients().create(p);
    if (!ok(patient, "the patient"))
        return out;
    Stay s = TestStore::stay(*patient);
    s.referrerType = ReferrerType::Rheumatologist;
    s.referrerName = QStringLiteral("Dr Rousseau");
    const Result<StayId> stay = store->stays().open(s);
    if (!ok(stay, "the stay"))
        return out;

    AdmissionAssessment a = *store->assessments().newDraft(*stay);
    a.reason = QStringLiteral("Lombalgie chronique, échec du traitement ambulatoire");
    a.history = QStringLiteral("Lombalgie depuis 2019, deux épisodes de sciatique gauche.");
    a.treatments = QStringLiteral("Paracétamol 1 g × 3/j");
    a.analgesicLevel = AnalgesicLevel::Step1;
    a.painRest = 4;
    a.painActivity = 7;
    a.occupation = QStringLiteral("Aide-soignante");
    a.sickLeaveSince = QDate(2026, 6, 15);
    a.distanceMinutes = 60;
    a.chosenMode = StayMode::FullHospitalisation;
    a.orientation = Orientation::SpineRestoration;
    a.precautions.maxHeartRate = 120;
    a.precautions.liftingLimitKg = 5;
    if (!ok(store->assessments().sign(a), "the signed assessment"))
        return out;

    const bool recorded =
        record(store, *stay, QStringLiteral("berg"), QDate(2026, 11, 3), TestStore::bergItems(30)) &&
        record(store, *stay, QStringLiteral("berg"), QDate(2026, 11, 20), TestStore::bergItems(41)) &&
        record(store, *stay, QStringLiteral("odi"), QDate(2026, 11, 3), {3, 2, 3, 2, 3, 2, 2, -1, 3, 2}) &&
        record(store, *stay, QStringLiteral("odi"), QDate(2026, 11, 20), {2, 1, 2, 1, 2, 1, 1, -1, 2, 1}) &&
        ok(store->results().record(TestStore::tug(*stay, QDate(2026, 11, 3), 16.2)), "a TUG") &&
        ok(store->results().record(TestStore::tug(*stay, QDate(2026, 11, 20), 12.1)), "a TUG") &&
        ok(store->carePlans().save(validPlan(*stay)), "the care plan");
    if (!recorded)
        return out;

    const Letterhead l = siteLetterhead();
    store.signInAs(store.addUser(QStringLiteral("secretariat"), {Role::Secretary}));
    if (!ok(store->documents().setLetterhead(l), "the letterhead"))
        return out;
    store.signInAs(out.physician);
    SignatureBlock sig;
    sig.name = QStringLiteral("Dr Claire Martin");
    sig.qualification = QStringLiteral("Médecin MPR");
    sig.rpps = QStringLiteral("10101234567");
    if (!ok(store->documents().setSignature(sig), "the signature"))
        return out;
    out.stay = *stay;
    return out;
}

Letterhead siteLetterhead()
{
    Letterhead l;
    l.name = QStringLiteral("Centre de rééducation des Tilleuls");
    l.address = QStringLiteral("12 avenue des Tilleuls\n69003 Lyon");
    l.finess = QStringLiteral("690000123");
    l.phone = QStringLiteral("04 72 00 00 00");
    l.footer = QStringLiteral("Document confidentiel — secret médical");
    l.logo = letterheadLogo();
    return l;
}

} // namespace smr::test
