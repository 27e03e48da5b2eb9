#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace smr::ui {

// A question asked across the whole tablet window, with two large answers: the tablet's
// replacement for a small message box (issue #8: no small dialogs). It does not block: the chosen
// answer runs its function, the other one only closes the question.
class TouchConfirm : public QWidget
{
    Q_OBJECT

public:
    explicit TouchConfirm(QWidget *window);

    void ask(const QString &question, const QString &yes, const QString &no, std::function<void()> onYes);
    bool isAsking() const { return isVisible(); }
    QString question() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_question;
    QPushButton *m_yes;
    QPushButton *m_no;
    std::function<void()> m_onYes;
};

} // namespace smr::ui
