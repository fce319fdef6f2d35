#include "BulkTerminateDialog.h"

#include "BulkJournal.h"
#include "BulkResultsModel.h"
#include "EmptyState.h"
#include "MessageBar.h"

#include "ThreadedBulkJob.h"
#include "Csv.h"
#include "Backend.h"
#include "Prompter.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

BulkTerminateDialog::BulkTerminateDialog(Backend *backend, const QString &profileName, const QStringList &ids,
                                         QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_job(new ThreadedBulkJob(backend, this))
{
    setObjectName(QStringLiteral("bulkDialog"));
    setWindowTitle(tr("Terminate sessions on %1").arg(profileName));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Session ids, one per line (or open a CSV file whose first column is the id):"), this);
    layout->addWidget(hint);
    m_ids = new QPlainTextEdit(ids.join(u'\n'), this);
    m_ids->setObjectName(QStringLiteral("idsEdit"));
    m_ids->setAccessibleName(tr("Session ids"));
    hint->setBuddy(m_ids);
    layout->addWidget(m_ids, 1);
    m_message = new MessageBar(this);
    connect(m_ids, &QPlainTextEdit::textChanged, m_message, qOverload<>(&MessageBar::clear));
    layout->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);
    m_results = new BulkResultsModel(m_job, this);
    m_failedOnly = new QCheckBox(tr("Show &failed only"), this);
    m_failedOnly->setObjectName(QStringLiteral("failedOnlyCheck"));
    layout->addWidget(m_failedOnly);
    m_shown = new QSortFilterProxyModel(this);
    m_shown->setSourceModel(m_results);
    m_shown->setFilterRole(BulkResultsModel::StateRole);
    m_shown->setFilterKeyColumn(1);
    connect(m_failedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_shown->setFilterFixedString(on ? BulkJob::stateId(BulkJob::Item::State::Failed) : QString());
    });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_shown);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Results"));
    EmptyState::attach(m_table, tr("The result of each session appears here once the job runs."));
    layout->addWidget(m_table, 2);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_open = button(tr("&Open CSV…"), "openCsvButton");
    buttons->addStretch();
    m_start = button(tr("&Terminate"), "startButton");
    m_start->setDefault(true);
    m_cancel = button(tr("&Cancel"), "cancelButton");
    m_retry = button(tr("&Retry failed"), "retryButton");
    m_export = button(tr("&Export results…"), "exportButton");
    m_close = button(tr("C&lose"), "closeButton");
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &BulkTerminateDialog::openCsv);
    connect(m_start, &QPushButton::clicked, this, &BulkTerminateDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_job, &BulkJob::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_job->retryFailed();
        updateSummary();
        updateButtons();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString f = Prompter::instance().saveFileName(this, tr("Export results"), QStringLiteral("terminations.csv"), tr("CSV files (*.csv)"));
        if (!f.isEmpty() && !exportCsv(f))
            Prompter::instance().inform(this, windowTitle(), tr("The results could not be written to %1.").arg(f));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    // Progress is shown at most 20 times a second: thousands of label updates would cost
    // more than the work they report.
    auto *tick = new QTimer(this);
    tick->setSingleShot(true);
    tick->setInterval(50);
    connect(tick, &QTimer::timeout, this, &BulkTerminateDialog::updateSummary);
    connect(m_job, &BulkJob::progress, tick, [tick] {
        if (!tick->isActive())
            tick->start();
    });
    connect(m_job, &BulkJob::finished, this, &BulkTerminateDialog::onFinished);
    connect(m_job, &ThreadedBulkJob::refused, this, &BulkTerminateDialog::onRefused);
    connect(m_job, &ThreadedBulkJob::itemsReplaced, this, [this] {
        m_results->reset();
        updateButtons();
    });
    updateButtons();
}

BulkJob *BulkTerminateDialog::job() const
{
    return m_job;
}

void BulkTerminateDialog::updateButtons()
{
    const bool running = m_job->isRunning();
    const bool started = !m_job->items().isEmpty();
    m_ids->setReadOnly(running || started);
    m_open->setEnabled(!running && !started);
    m_start->setEnabled(!running && !started);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && std::any_of(m_job->items().cbegin(), m_job->items().cend(), [](const auto &i) {
        return i.state == BulkJob::Item::State::Failed || i.state == BulkJob::Item::State::Cancelled;
    }));
    m_export->setEnabled(!running && started);
    m_close->setEnabled(!running);
}

void BulkTerminateDialog::updateSummary()
{
    using State = BulkJob::Item::State;
    int done = 0, failed = 0, cancelled = 0, left = 0;
    for (const auto &item : m_job->items()) {
        switch (item.state) {
        case State::Done: ++done; break;
        case State::Failed: ++failed; break;
        case State::Cancelled: ++cancelled; break;
        case State::Pending:
        case State::Running: ++left; break;
        }
    }
    const int total = int(m_job->items().size());
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(total - left);
    const QString counts = tr("%1 terminated, %2 failed, %3 cancelled").arg(done).arg(failed).arg(cancelled);
    if (m_job->isRunning())
        m_summary->setText(tr("%1 of %2 processed: %3").arg(total - left).arg(total).arg(counts));
    else
        m_summary->setText(tr("Finished: %1.").arg(counts));
}

void BulkTerminateDialog::openCsv()
{
    const QString f = Prompter::instance().openFileName(this, tr("Session ids"), tr("CSV or text files (*.csv *.txt);;All files (*)"));
    if (f.isEmpty())
        return;
    QFile file(f);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_message->showError(tr("%1 cannot be read: %2").arg(f, file.errorString()));
        return;
    }
    m_ids->setPlainText(BulkJob::normaliseIds(QString::fromUtf8(file.readAll()).split(u'\n')).join(u'\n'));
}

BulkTerminateDialog::~BulkTerminateDialog()
{
    // The job first: its worker may still write to the journal, which goes next.
    delete m_job;
    m_job = nullptr;
}

void BulkTerminateDialog::resume(const QString &journalPath)
{
    auto journal = std::make_unique<BulkJournal>();
    QString error;
    if (!journal->open(journalPath, &error)) {
        m_message->showError(error);
        return;
    }
    m_journal = std::move(journal);
    const QStringList left = m_journal->job().left();
    m_ids->setPlainText(left.join(u'\n'));
    m_job->setJournal(m_journal.get());
    m_job->setNotFoundIsDone(true);
    m_job->start(left);
    updateButtons();
}

void BulkTerminateDialog::start()
{
    const QStringList ids = BulkJob::normaliseIds(m_ids->toPlainText().split(u'\n'));
    if (ids.isEmpty()) {
        m_message->showWarning(tr("Enter at least one session id."));
        return;
    }
    if (!Prompter::instance().confirm(this, windowTitle(), tr("Terminate %n session(s)? The people using them are signed out.", nullptr, int(ids.size())),
                                      tr("Terminate %n session(s)", nullptr, int(ids.size())), true))
        return;
    if (!m_backend) {
        // Signed out meanwhile: the job's own words for it (and their translations).
        m_message->showError(QCoreApplication::translate("BulkWorker", "The sign-in could not be taken over for the job; sign in again."));
        return;
    }
    // The journal first, made by the job's thread: a job that could not be finished after a
    // crash is not started (refused() says why).
    m_job->startWithNewJournal(ids, BulkJournal::defaultFolder());
    updateButtons();
}

void BulkTerminateDialog::onRefused(const QString &why)
{
    m_message->showError(why); // nothing was sent: the job needs its journal first
    updateSummary();
    m_summary->clear();
    updateButtons();
}

void BulkTerminateDialog::onFinished()
{
    QStringList done;
    for (const auto &item : m_job->items())
        if (item.state == BulkJob::Item::State::Done)
            done << item.sessionId;
    updateSummary();
    updateButtons();
    Q_EMIT terminated(done);
}

bool BulkTerminateDialog::exportCsv(const QString &fileName) const
{
    QFile f(fileName);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&f);
    out << "sessionId,state,terminated,error\n";
    for (const auto &item : m_job->items())
        out << csvField(item.sessionId) << ',' << BulkJob::stateId(item.state) << ',' << item.terminated << ','
            << csvField(item.error.message) << '\n';
    return f.error() == QFile::NoError;
}

void BulkTerminateDialog::closeEvent(QCloseEvent *event)
{
    if (m_job->isRunning()) {
        event->ignore(); // cancel first: nothing is left half-done behind a closed window
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace authdesk
