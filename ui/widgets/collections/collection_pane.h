#pragma once

#include "collections/collection.h"
#include "request/request_spec.h"

#include <QWidget>

class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace hinterscope {

// The left dock: open collections as a tree (folders, requests) and this session's history, newest first.
// Activating a request (double click, Enter) opens it in the composer.
class CollectionPane : public QWidget {
    Q_OBJECT

public:
    explicit CollectionPane(QWidget* parent = nullptr);

    void addCollection(const Collection& collection);
    // One row per sent request: method, URL, and the outcome once known.
    void recordSent(quintptr requestHandle, const RequestSpec& spec);
    void recordOutcome(quintptr requestHandle, const QString& outcome);

    QTreeView* collectionView() const { return collectionView_; }
    QTreeView* historyView() const { return historyView_; }

signals:
    // `filePath` is the request's file, empty for history entries.
    void requestActivated(const hinterscope::RequestSpec& spec, const QString& filePath);

private:
    void addItems(QStandardItem* parent, const QList<CollectionItem>& items);

    QStandardItemModel* collections_ = nullptr;
    QStandardItemModel* history_ = nullptr;
    QTreeView* collectionView_ = nullptr;
    QTreeView* historyView_ = nullptr;
    QLabel* errors_ = nullptr;
};

} // namespace hinterscope
