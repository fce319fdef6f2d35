#include "ActivityView.h"

#include "AuditLog.h"
#include "Csv.h"
#include "EmptyState.h"
#include "LocaleFormat.h"
#include "Prompter.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>

#include <memory>
#include <utility>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {
constexpr int kSortRole = Qt::UserRole + 1;
}

ActivityView::ActivityView(AuditLog &log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new QStandardItemModel(0, 8, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("activityView"));
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("Profile"), tr("Who"), tr("Dialect"), tr("Action"), tr("Target"), tr("Outcome"), tr("Detail")});
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(kSortRole); // times by the moment, not by their text in the language shown
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("activityFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter activity"));
    m_filterEdit->setAccessibleName(tr("Filter activity"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    bar->addWidget(m_filterEdit, 1);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("activityExportButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString f = Prompter::instance().saveFileName(this, tr("Export activity"), QStringLiteral("authdesk-activity.csv"), tr("CSV files (*.csv)"));
        if (f.isEmpty())
            return;
        if (!exportCsv(f))
            Prompter::instance().inform(this, tr("Export activity"), tr("The activity could not be written to %1.").arg(QDir::toNativeSeparators(f)));
        else
            Q_EMIT message(tr("%n line(s) of activity written to %1.", nullptr, m_filter->rowCount()).arg(QDir::toNativeSeparators(f)));
    });
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditChainLabel"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_chain);
    m_verifyLater = new QTimer(this);
    m_verifyLater->setSingleShot(true);
    m_verifyLater->setInterval(2'000);
    connect(m_verifyLater, &QTimer::timeout, this, &ActivityView::verifyChain);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activity"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    // Newest first, and the header's arrow says so.
    m_table->sortByColumn(0, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One line a row: a long server text is elided (the whole of it is the tooltip).
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    EmptyState::attach(m_table, tr("Nothing was changed on a server yet. Every termination, reset or block will be listed here."));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    // The file may not exist yet: watch its folder too, and coalesce bursts of writes.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(200);
    connect(later, &QTimer::timeout, this, &ActivityView::reload);
    // At most one reload per interval while lines keep coming: restarting the timer on every
    // change put a whole bulk job's lines into one reload at its end (0.3–0.6 s, #15).
    const auto soon = [later] {
        if (!later->isActive())
            later->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, later, soon);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, later, soon);
    reload();
    verifyChain();
}

void ActivityView::reload()
{
    const QFileInfo fi(m_log.path());
    if (QFileInfo::exists(fi.absolutePath()) && !m_watcher->directories().contains(fi.absolutePath()))
        m_watcher->addPath(fi.absolutePath());
    if (fi.exists() && !m_watcher->files().contains(fi.absoluteFilePath()))
        m_watcher->addPath(fi.absoluteFilePath());
    if (!m_verifyLater->isActive())
        m_verifyLater->start();
    const qint64 before = m_offset;
    const QList<AuditEntry> entries = m_log.readSince(m_offset);
    if (m_offset < before || before == 0)
        m_model->setRowCount(0); // replaced or first read: start over
    if (entries.isEmpty())
        return;
    // Newest first: the new lines go on top, in one insertion (a bulk job appends thousands).
    QList<QList<QStandardItem *>> rows;
    rows.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &e = *it;
        const QStringList cells{localeFormat::dateTime(e.time), e.profile, e.user, e.dialect,
                                e.action, e.target, e.outcome, e.detail};
        QList<QStandardItem *> row;
        for (const QString &c : cells) {
            // Server texts may hold line breaks: one line in the table, all of it as a tooltip.
            auto *item = new QStandardItem(QString(c).replace(u'\n', u' ').replace(u'\r', u' '));
            item->setData(item->text(), kSortRole);
            if (c.size() > 60)
                item->setToolTip(c);
            row << item;
        }
        row.first()->setData(e.time, kSortRole);
        rows << row;
    }
    // Appended in one insertion, their cells filled quietly, then one dataChanged: a change
    // per cell made the sorted proxy re-sort per cell, quadratic in a bulk job's thousands of
    // lines (38 s of the window's thread for one reload, #15). The proxy sorts them into place.
    const int first = m_model->rowCount();
    m_model->insertRows(first, int(rows.size()));
    {
        const QSignalBlocker quiet(m_model);
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows[r].size(); ++c)
                m_model->setItem(first + r, c, rows[r][c]);
    }
    Q_EMIT m_model->dataChanged(m_model->index(first, 0), m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
}

void ActivityView::verifyChain()
{
    if (m_verifying) {
        m_verifyAgain = true;
        return;
    }
    m_verifying = true;
    // Hashing the whole log on the window's thread froze it for 0.8 s during a bulk job
    // (#15). The thread gets the file names only, so it outlives neither the log nor this view.
    auto verdict = std::make_shared<AuditChain::Verdict>();
    QThread *check = QThread::create([files = m_log.chainFiles(), verdict] { *verdict = AuditLog::verify(files); });
    check->setObjectName(QStringLiteral("audit chain check"));
    connect(check, &QThread::finished, check, &QObject::deleteLater);
    connect(check, &QThread::finished, this, [this, verdict] {
        m_verifying = false;
        showVerdict(*verdict);
        if (std::exchange(m_verifyAgain, false))
            verifyChain();
        else
            Q_EMIT chainVerified();
    });
    check->start(QThread::LowPriority);
}

void ActivityView::showVerdict(const AuditChain::Verdict &v)
{
    if (v.intact) {
        m_chain->setText(tr("✔ The audit log is intact: its hash chain holds over %n line(s).", nullptr, int(v.lines)));
        m_chain->setStyleSheet(QString());
    } else {
        m_chain->setText(tr("⚠ The audit log was changed: line %1 of %2. %3")
                             .arg(v.brokenLine)
                             .arg(QDir::toNativeSeparators(v.file), v.reason));
        m_chain->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
}

int ActivityView::visibleRows() const
{
    return m_filter->rowCount();
}

bool ActivityView::exportCsv(const QString &fileName) const
{
    QFile f(fileName);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&f);
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << csvField(m_model->headerData(c, Qt::Horizontal).toString());
    out << header.join(u',') << '\n';
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            row << csvField(m_filter->index(r, c).data().toString());
        out << row.join(u',') << '\n';
    }
    return f.error() == QFile::NoError;
}

} // namespace authdesk
