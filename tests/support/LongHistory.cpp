#include "support/LongHistory.h"

#include "core/demo/DemoResultGenerator.h"
#include "support/Need.h"
#include "support/TestStore.h"

namespace smr::test {

LongHistory addLongHistory(TestStore &db, int years)
{
    LongHistory out;
    out.patient = db.addPatient(QStringLiteral("IPP-HIST"));
    const Patient patient = need(db->patients().find(out.patient), "patient");
    DemoResultGenerator generator(2026, db->instruments(), TestStore::today());
    const auto addResults = [&](const Stay &stay) {
        for (TestResult r : generator.forStay(stay, patient)) {
            r.status = TestResult::Status::Draft;
            r.scores = {};
            need(db->results().record(r), "result");
            ++out.results;
        }
    };
    const int firstYear = TestStore::today().year() - years;
    for (int year = firstYear; year < TestStore::today().year(); ++year) {
        for (const int month : {3, 9}) {
            Stay draft = TestStore::stay(out.patient);
            draft.admissionDate = QDate(year, month, 2);
            draft.plannedDischargeDate = draft.admissionDate.addDays(27);
            const StayId id = need(db->stays().open(draft), "stay");
            addResults(need(db->stays().find(id), "stay"));
            need(db->stays().close(id, draft.plannedDischargeDate), "discharge");
            ++out.stays;
        }
    }
    out.current = need(db->stays().open(TestStore::stay(out.patient)), "current stay");
    addResults(need(db->stays().find(out.current), "current stay"));
    ++out.stays;
    return out;
}

} // namespace smr::test
