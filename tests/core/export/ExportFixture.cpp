#include "core/export/ExportFixture.h"

namespace smr::test {

namespace {

QJsonArray array(std::initializer_list<QJsonValue> values)
{
    QJsonArray a;
    for (const QJsonValue &v : values)
        a.append(v);
    return a;
}

} // namespace

TestResult ExportFixture::fields(StayId stay, const char *instrument, const QDateTime &at, const QJsonObject &answers)
{
    TestResult r;
    r.stayId = stay;
    r.instrument = QLatin1String(instrument);
    r.performedAt = at;
    r.answers = answers;
    r.enteredBy = QStringLiteral("Léa Kiné");
    return r;
}

TestResult ExportFixture::items(StayId stay, const char *instrument, const QDateTime &at, const QJsonArray &values)
{
    return fields(stay, instrument, at, {{QStringLiteral("items"), values}});
}

TestResult ExportFixture::record(TestResult r)
{
    const Result<TestResult> recorded = db->results().record(r);
    if (!recorded) {
        ADD_FAILURE() << recorded.failure().text().toStdString();
        return r;
    }
    return *recorded;
}

void ExportFixture::SetUp()
{
    Patient p = TestStore::patient(QStringLiteral("IPP001"));
    p.usedName = QStringLiteral("Durand");
    p.firstNames = QStringLiteral("Marie Claire");
    p.heightCm = 165;
    p.weightKg = 70;
    dupont = *db->patients().create(p);

    Stay march = TestStore::stay(dupont);
    march.admissionDate = QDate(2026, 3, 2);
    march.plannedDischargeDate = QDate(2026, 3, 27);
    closedStay = *db->stays().open(march);
    const QDate d(2026, 3, 3);
    tug = record(fields(closedStay, "tug", QDateTime(d, QTime(9, 5)),
                        {{QStringLiteral("seconds"), 14.2}, {QStringLiteral("walking_aid"), QStringLiteral("cane")}}));
    TestResult w = fields(closedStay, "6mwt", QDateTime(d, QTime(11, 0)), {{QStringLiteral("distance_m"), 412.5}});
    w.remarks = Remark;
    walk = record(w);
    bergMarch = record(items(closedStay, "berg", QDateTime(QDate(2026, 3, 26), QTime(10, 0)),
                             array({4, 4, 3, 4, 4, 4, 3, 3, 3, 4, 4, 3, 2, 2})));
    EXPECT_TRUE(db->stays().close(closedStay, QDate(2026, 3, 27)));

    Stay now = TestStore::stay(dupont);
    now.mode = StayMode::DayHospital;
    currentStay = *db->stays().open(now); // admitted 02/11/2026
    const QDate n(2026, 11, 3);
    dallas = record(items(currentStay, "dallas", QDateTime(n, QTime(10, 0)),
                          array({3, 3, 3, 2, 2, 2, 2, 4, 4, 3, 3, 3, 3, 3, 3, 3})));
    odiPartial = record(items(currentStay, "odi", QDateTime(n, QTime(10, 30)),
                              array({1, 2, 3, 1, 2, QJsonValue(), 1, QJsonValue(), 0, 1})));
    odiFull = record(items(currentStay, "odi", QDateTime(QDate(2026, 11, 20), QTime(10, 30)),
                           array({1, 1, 2, 1, 1, 0, 1, 2, 0, 1})));
    start = record(items(currentStay, "startback", QDateTime(n, QTime(11, 0)), array({1, 1, 0, 1, 1, 1, 0, 1, 3})));
    bergFirst = record(
        items(currentStay, "berg", QDateTime(n, QTime(14, 0)), array({4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4})));
    TestResult correction = bergFirst;
    correction.id = ResultId();
    correction.answers = {{QStringLiteral("items"), array({4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2})}};
    correction.correctionReason = QStringLiteral("Items 7 to 14 were scored on the wrong sheet");
    bergCorrected = record(correction);
    TestResult unfinished = fields(currentStay, "tug", QDateTime(n, QTime(15, 0)), {{QStringLiteral("seconds"), 9.0}});
    const Result<TestResult> saved = db->results().saveDraft(unfinished);
    EXPECT_TRUE(saved);
    draft = saved ? saved->id : ResultId();

    Patient m = TestStore::patient(QStringLiteral("IPP002"));
    m.birthName = QStringLiteral("Martin");
    m.firstNames = QStringLiteral("Paul");
    m.sex = Sex::Male;
    m.birthDate = QDate(1950, 6, 30);
    martin = *db->patients().create(m);
    Stay neuro = TestStore::stay(martin);
    neuro.unitCode = QStringLiteral("neurologie");
    neuro.admissionDate = QDate(2026, 11, 1);
    neuroStay = *db->stays().open(neuro);
    neuroFirst = record(
        fields(neuroStay, "tug", QDateTime(QDate(2026, 11, 1), QTime(9, 0)), {{QStringLiteral("seconds"), 11.0}}));
    neuroLast = record(
        fields(neuroStay, "tug", QDateTime(QDate(2026, 11, 22), QTime(9, 30)), {{QStringLiteral("seconds"), 10.4}}));
}

QByteArray ExportFixture::exported(const ExportScope &scope, ExportFormat format, bool bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<ExportSummary> written = db->exports().write(scope, {format, bom}, buffer);
    if (!written)
        ADD_FAILURE() << written.failure().text().toStdString();
    return buffer.data();
}

} // namespace smr::test
