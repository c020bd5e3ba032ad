// SPDX-License-Identifier: MIT
#include "functionlist.hpp"

#include "common/coretext.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace activa::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFamilyRole = Qt::UserRole + 2;

QString family_name(Family f) {
    switch (f) {
    case Family::Classic:
        return FunctionList::tr("Classic");
    case Family::ReluFamily:
        return FunctionList::tr("ReLU family");
    case Family::SmoothModern:
        return FunctionList::tr("Smooth modern");
    case Family::HardPiecewise:
        return FunctionList::tr("Hard / piecewise");
    case Family::Shrink:
        return FunctionList::tr("Shrink");
    case Family::Other:
        return FunctionList::tr("Others");
    case Family::Typed:
        return FunctionList::tr("Yours");
    }
    return {};
}

// Display order inside the groups: the article's three first, then as people meet them.
constexpr std::array kOrder{
    ActivationId::Identity,   ActivationId::Sigmoid,      ActivationId::Tanh,
    ActivationId::Softsign,   ActivationId::Relu,         ActivationId::LeakyRelu,
    ActivationId::Prelu,      ActivationId::Relu6,        ActivationId::Elu,
    ActivationId::Selu,       ActivationId::Celu,         ActivationId::Gelu,
    ActivationId::GeluTanh,   ActivationId::Silu,         ActivationId::Mish,
    ActivationId::Softplus,   ActivationId::Hardtanh,     ActivationId::Hardsigmoid,
    ActivationId::Hardswish,  ActivationId::Tanhshrink,   ActivationId::Softshrink,
    ActivationId::Hardshrink, ActivationId::Logsigmoid,   ActivationId::BinaryStep,
    ActivationId::Gaussian,   ActivationId::BentIdentity, ActivationId::Sinusoid,
};
static_assert(kOrder.size() == kActivationCount);

} // namespace

FunctionList::FunctionList(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);

    for (const Family family : {Family::Classic, Family::ReluFamily, Family::SmoothModern,
                                Family::HardPiecewise, Family::Shrink, Family::Other}) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setData(0, kFamilyRole, static_cast<int>(family));
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ActivationId id : kOrder) {
            const auto& a = info(id);
            if (a.family != family) continue;
            auto* item = new QTreeWidgetItem(group);
            item->setData(0, kIdRole, static_cast<int>(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_tree->expandAll();
    retranslate();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &FunctionList::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FunctionList::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kIdRole).isValid())
            emit currentChanged(static_cast<ActivationId>(item->data(0, kIdRole).toInt()));
    });
}

void FunctionList::retranslate() {
    m_filter->setPlaceholderText(tr("Filter functions…"));
    m_filter->setToolTip(tr("Show only the functions whose name or id contains this text"));
    m_tree->setToolTip(tr("Check functions to plot them; select one to see its properties"));
    // Renaming items is not a check or an uncheck.
    const bool updating = m_updating;
    m_updating = true;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        group->setText(0, family_name(static_cast<Family>(group->data(0, kFamilyRole).toInt())));
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const auto id = static_cast<ActivationId>(item->data(0, kIdRole).toInt());
            item->setText(0, function_name(id));
            item->setToolTip(0, QStringLiteral("%1\n%2").arg(QString::fromLatin1(info(id).key),
                                                             core_text(info(id).formula)));
        }
    }
    m_updating = updating;
    applyFilter(m_filter->text());
}

void FunctionList::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

QTreeWidgetItem* FunctionList::itemFor(ActivationId id) const {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, kIdRole).toInt() == static_cast<int>(id))
                return group->child(i);
    }
    return nullptr;
}

void FunctionList::setChecked(const std::vector<ActivationId>& ids) {
    m_updating = true;
    for (const ActivationId id : kOrder) {
        const bool on = std::find(ids.begin(), ids.end(), id) != ids.end();
        itemFor(id)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    }
    m_order.clear();
    for (const ActivationId id : ids)
        if (std::find(m_order.begin(), m_order.end(), id) == m_order.end()) m_order.push_back(id);
    m_updating = false;
    emit checkedChanged();
}

void FunctionList::setCurrent(ActivationId id) {
    if (QTreeWidgetItem* item = itemFor(id)) m_tree->setCurrentItem(item);
}

void FunctionList::onItemChanged(QTreeWidgetItem* item) {
    if (m_updating || !item->data(0, kIdRole).isValid()) return;
    const auto id = static_cast<ActivationId>(item->data(0, kIdRole).toInt());
    const auto it = std::find(m_order.begin(), m_order.end(), id);
    const bool on = item->checkState(0) == Qt::Checked;
    if (on && it == m_order.end()) m_order.push_back(id);
    if (!on && it != m_order.end()) m_order.erase(it);
    emit checkedChanged();
    if (on) setCurrent(id);
}

void FunctionList::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const auto& a = info(static_cast<ActivationId>(item->data(0, kIdRole).toInt()));
            const bool match = needle.isEmpty() ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               QString::fromLatin1(a.key).contains(needle, Qt::CaseInsensitive) ||
                               QString::fromLatin1(a.alias).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace activa::ui
