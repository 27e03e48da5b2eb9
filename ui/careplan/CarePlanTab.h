#pragma once

#include "core/careplan/CarePlan.h"
#include "core/common/Result.h"
#include "core/stays/Stay.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace smr {
class Store;
}

namespace smr::ui {

class CarePlanForm;

// The dossier's "Care plan" tab for the shown stay: the personalised care plan's form, where each
// goal stands from the stay's results, the decree's check as it is typed, and Save (Ctrl+S from
// the window), and the physician's validation ("Validate the plan"), which a later change asks to
// give again. Read-only for those without the right to write assessments.
class CarePlanTab : public QWidget
{
    Q_OBJECT

public:
    explicit CarePlanTab(Store &store, QWidget *parent = nullptr);

    // Shows the stay's plan (a new one when it has none); keeps what is being typed when
    // `keepEdits` and the same stay is shown again (the goals' progress is refreshed).
    void show(const std::optional<Stay> &stay, bool keepEdits = false);
    bool isModified() const { return m_modified; }
    // Saves the plan; false (the reason in the banner) when it could not be.
    bool save();
    // Saves what is typed, then records the physician's validation of the plan.
    bool validate();
    void discardChanges();

    CarePlanForm *form() const { return m_form; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *banner() const { return m_banner; }

signals:
    void modifiedChanged(bool modified);
    void saved();

private:
    void load(const CarePlan &plan);
    void showValidation(const CarePlan &plan);
    void showProgress();
    void setModified(bool modified);
    void showFailure(const QString &text);
    // Shows what the service stored (and says so), or why it refused.
    bool apply(const Result<CarePlan> &outcome);
    void updateValidateButton();

    Store &m_store;
    std::optional<Stay> m_stay;
    CarePlan m_current;
    bool m_modified = false;
    QLabel *m_status;
    QLabel *m_validation;
    QLabel *m_banner;
    QPushButton *m_save;
    QPushButton *m_validate;
    CarePlanForm *m_form;
};

} // namespace smr::ui
