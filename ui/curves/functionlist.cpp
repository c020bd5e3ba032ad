// SPDX-License-Identifier: MIT
#include "functionlist.hpp"

#include "common/coretext.hpp"
#include "common/enumnames.hpp"
#include "common/palette.hpp"

#include <QEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace activa::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFamilyRole = Qt::UserRole + 2;

// The groups in the order they are listed, with their names.
constexpr EnumNames<Family, 7> kFamilies{
    "activa::ui::FunctionList",
    {{
        {Family::Classic, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "Classic")},
        {Family::ReluFamily, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "ReLU family")},
        {Family::SmoothModern, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "Smooth modern")},
        {Family::HardPiecewise, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "Hard / piecewise")},
        {Family::Shrink, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "Shrink")},
        {Family::Other, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "Others")},
        {Family::Typed, QT_TRANSLATE_NOOP("activa::ui::FunctionList", "Yours")},
    }}};

ActivationId id_of(const QTreeWidgetItem* item) {
    return static_cast<ActivationId>(item->data(0, kIdRole).toInt());
}

} // namespace

FunctionList::FunctionList(CurvesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("functionList"));
    m_filter->setObjectName(QStringLiteral("functionFilter"));
    m_tree->setObjectName(QStringLiteral("functionTree"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    fill();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &FunctionList::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FunctionList::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kIdRole).isValid()) m_model->select(id_of(item));
    });
    connect(m_model, &CurvesModel::changed, this, &FunctionList::onModelChanged);
    connect(&FunctionsChanged::instance(), &FunctionsChanged::changed, this, &FunctionList::fill);
}

void FunctionList::fill() {
    // A group folded by the user stays folded.
    std::set<int> folded;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        if (!m_tree->topLevelItem(g)->isExpanded())
            folded.insert(m_tree->topLevelItem(g)->data(0, kFamilyRole).toInt());
    m_tree->clear();
    const std::vector<ActivationId> listed = listed_functions();
    // Items are made whole before they join the tree: a half-made one would read as unchecked.
    QList<QTreeWidgetItem*> groups;
    for (const auto& [family, name] : kFamilies.rows) {
        auto* group = new QTreeWidgetItem;
        group->setData(0, kFamilyRole, static_cast<int>(family));
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const ActivationId id : listed) {
            if (info(id).family != family) continue;
            auto* item = new QTreeWidgetItem(group);
            item->setData(0, kIdRole, static_cast<int>(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_model->indexOf(id) >= 0 ? Qt::Checked : Qt::Unchecked);
        }
        if (group->childCount() > 0)
            groups << group;
        else
            delete group;
    }
    m_tree->addTopLevelItems(groups);
    for (QTreeWidgetItem* group : groups)
        group->setExpanded(!folded.contains(group->data(0, kFamilyRole).toInt()));
    retranslate();
    showCurrent();
}

void FunctionList::retranslate() {
    m_filter->setPlaceholderText(tr("Filter functions…"));
    m_filter->setToolTip(tr("Show only the functions whose name or id contains this text"));
    m_tree->setToolTip(tr("Check functions to plot them; select one to see its properties"));
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        group->setText(0, kFamilies.name(static_cast<Family>(group->data(0, kFamilyRole).toInt())));
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const ActivationId id = id_of(item);
            item->setText(0, function_name(id));
            item->setToolTip(
                0, QStringLiteral("%1\n%2").arg(utf8(info(id).key), core_text(info(id).formula)));
        }
    }
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
            if (id_of(group->child(i)) == id) return group->child(i);
    }
    return nullptr;
}

void FunctionList::onModelChanged(CurvesModel::Parts parts) {
    if (parts & CurvesModel::Part::Functions) showChecks();
    if (parts & CurvesModel::Part::Current) showCurrent();
}

void FunctionList::showChecks() {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            item->setCheckState(0,
                                m_model->indexOf(id_of(item)) >= 0 ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void FunctionList::showCurrent() {
    if (QTreeWidgetItem* item = itemFor(m_model->current())) m_tree->setCurrentItem(item);
}

void FunctionList::onItemChanged(QTreeWidgetItem* item) {
    if (!item->data(0, kIdRole).isValid()) return;
    const ActivationId id = id_of(item);
    const bool on = item->checkState(0) == Qt::Checked;
    // A check mark that shows the model (or a renamed item) is no click.
    if (on == (m_model->indexOf(id) >= 0)) return;
    m_model->setChecked(id, on);
    // A function checked by the user is the one they look at next.
    if (on) m_tree->setCurrentItem(item);
}

void FunctionList::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const auto& a = info(id_of(item));
            const bool match = needle.isEmpty() ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               utf8(a.key).contains(needle, Qt::CaseInsensitive) ||
                               utf8(a.alias).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace activa::ui
