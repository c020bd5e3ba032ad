<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English writes its own texts in the sources; this file holds only the two forms of the
     texts that count (%n), which an English source cannot write for every number. -->
<TS version="2.1" language="en">
<context>
    <name>activa::ui::TrainingPlotter</name>
    <message numerus="yes">
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n hidden layer</numerusform>
            <numerusform>%n hidden layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activa::ui::FormulaText</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s), got %2.</source>
        <translation>
            <numerusform>%1 takes %n argument, got %2.</numerusform>
            <numerusform>%1 takes %n arguments, got %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>activa::ui::FunctionsDialog</name>
    <message numerus="yes">
        <source>Imported %n function(s).</source>
        <translation>
            <numerusform>Imported %n function.</numerusform>
            <numerusform>Imported %n functions.</numerusform>
        </translation>
    </message>
</context>
</TS>
