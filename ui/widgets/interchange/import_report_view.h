#pragma once

#include "interchange/imported_collection.h"

#include <QTreeWidget>

namespace hinterscope {

// What an import or export could not carry over: one row per entry, where it came from and what happened.
class ImportReportView : public QTreeWidget {
    Q_OBJECT

public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void setReport(const MappingReport& report);
    const MappingReport& report() const { return report_; }

private:
    MappingReport report_;
};

} // namespace hinterscope
