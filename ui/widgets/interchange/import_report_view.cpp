#include "widgets/interchange/import_report_view.h"

#include <QHeaderView>

namespace hinterscope {

ImportReportView::ImportReportView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("importReportView"));
    setColumnCount(2);
    setHeaderLabels({tr("Where"), tr("Not carried over")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void ImportReportView::setReport(const MappingReport& report)
{
    report_ = report;
    clear();
    QList<QTreeWidgetItem*> rows;
    rows.reserve(report.entries.size());
    for (const ReportEntry& entry : report.entries) {
        auto* row = new QTreeWidgetItem({entry.where, entry.message});
        row->setToolTip(1, entry.message);
        rows.append(row);
    }
    addTopLevelItems(rows);
}

} // namespace hinterscope
