// SPDX-License-Identifier: MIT
#include "undonotice.hpp"

#include <QEvent>
#include <QKeySequence>
#include <QStatusBar>
#include <QTimer>

namespace activa::ui {
namespace {

constexpr int kOfferedMs = 60000;

} // namespace

UndoNotice::UndoNotice(QStatusBar* bar)
    : QToolButton(bar) {
    setObjectName(QStringLiteral("undoExplorer"));
    m_expiry = new QTimer(this);
    m_expiry->setObjectName(QStringLiteral("undoExpiry"));
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(kOfferedMs);
    connect(m_expiry, &QTimer::timeout, this, &QWidget::hide);
    connect(this, &QToolButton::clicked, this, [this] {
        hide();
        if (auto undo = std::exchange(m_undo, nullptr)) undo();
    });
    retranslate();
    bar->addPermanentWidget(this);
}

void UndoNotice::offer(QStatusBar* bar, std::function<void()> undo) {
    auto* notice = bar->findChild<UndoNotice*>();
    if (notice == nullptr) notice = new UndoNotice(bar);
    notice->m_undo = std::move(undo);
    notice->show();
    notice->m_expiry->start();
}

void UndoNotice::retranslate() {
    setText(tr("Undo “Show in explorer”"));
    setShortcut(QKeySequence::Undo); // after the text, which sets a mnemonic
    setToolTip(tr("Bring back the curves and logits you had before (%1)")
                   .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void UndoNotice::changeEvent(QEvent* event) {
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

} // namespace activa::ui
