// SPDX-License-Identifier: MIT
#include "trainingnames.hpp"

#include "common/coretext.hpp"
#include "common/numbertext.hpp"
#include "training/trainingview.hpp"

#include <QStringList>

#include <vector>

namespace activa::ui {

QString init_item_name(const InitSchemeInfo& s) {
    if (s.id == InitScheme::Normal)
        return TrainingView::tr("Normal, σ = %1").arg(shown_number(TrainSettings{}.normal_std));
    return core_text(s.name);
}

// The largest group comes last, as "the others".
QString recipe_init_tip() {
    const std::vector<InitGroup> groups = recommended_init_groups();
    QStringList parts;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const QString scheme =
            core_text(init_schemes()[static_cast<std::size_t>(groups[g].scheme)].name);
        if (g + 1 == groups.size() && g > 0) {
            parts << TrainingView::tr("%1 for the others").arg(scheme);
            break;
        }
        QStringList names;
        for (const ActivationId id : groups[g].activations)
            names << function_name(id);
        parts << TrainingView::tr("%1 for %2").arg(scheme, names.join(QStringLiteral(", ")));
    }
    return TrainingView::tr("The recipe's initialisation for each activation: %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace activa::ui
