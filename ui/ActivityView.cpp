#include "ActivityView.h"

#include "ActivityTableModel.h"
#include "Csv.h"
#include "EmptyState.h"
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
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace authdesk {

ActivityView::ActivityView(AuditLog &log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActivityTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("activityView"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ActivityTableModel::SortRole); // times by the moment, not by their text in the language shown
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
    m_empty = EmptyState::attach(m_table, QString());
    updateEmptyText();
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ActivityView::updateEmptyText);
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

ActivityView::~ActivityView()
{
    if (m_reader)
        m_reader->wait(); // it reads m_log: let it end first (a read takes milliseconds)
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
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    // Read, parsed and made into rows off the window's thread: a bulk job appends thousands
    // of lines a second (#15). The window only inserts the finished rows.
    struct Read {
        AuditLog::Tail tail;
        bool restarted = false;
        QList<ActivityTableModel::Row> rows;
    };
    auto read = std::make_shared<Read>();
    read->tail = m_tail;
    m_reader = QThread::create([log = &m_log, read] {
        AuditLog::Appended a = log->follow(read->tail);
        read->restarted = a.restarted;
        read->rows = ActivityTableModel::rowsOf(a.entries);
    });
    m_reader->setObjectName(QStringLiteral("activity reader"));
    connect(m_reader, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &QThread::finished, this, [this, read] {
        m_reading = false;
        const bool firstRead = !m_tail.started;
        m_tail = read->tail;
        // Replaced, not rotated: what was shown is no longer in the log. A rotation keeps
        // the rows (they are in the rotated file) and goes on with the new one.
        if (read->restarted)
            m_model->clear();
        m_model->append(std::move(read->rows));
        if (firstRead)
            updateEmptyText();
        if (std::exchange(m_readAgain, false))
            reload();
        else
            Q_EMIT reloaded();
    });
    m_reader->start();
}

void ActivityView::updateEmptyText()
{
    // An empty table says why: nothing read yet, nothing matching the filter, or no activity.
    if (!m_tail.started) // the first read is not in yet
        m_empty->setText(tr("Reading the audit log…"));
    else if (!m_filterEdit->text().isEmpty())
        m_empty->setText(tr("No activity matches “%1”.").arg(m_filterEdit->text()));
    else
        m_empty->setText(tr("Nothing was changed on a server yet. Every termination, reset or block will be listed here."));
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
    // An empty log has no chain to speak of ("holds over 0 lines" said nothing useful).
    m_chain->setHidden(v.intact && v.lines == 0);
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
        header << csvField(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
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
