<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>GradFlowPlotter</name>
    <message>
        <source>Gradient norm (log scale)</source>
        <translation>Norma del gradiente (escala logarítmica)</translation>
    </message>
    <message>
        <source>Layer (1 = nearest the input)</source>
        <translation>Capa (1 = la más cercana a la entrada)</translation>
    </message>
    <message>
        <source>Spread of the activations (std)</source>
        <translation>Dispersión de las activaciones (desv. típica)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>At initialisation: depth %1 · width %2 · batch %3 · bias %4 · seed %5</source>
        <translation>Recién inicializada: profundidad %1 · ancho %2 · lote %3 · sesgo %4 · semilla %5</translation>
    </message>
    <message>
        <source>Spread (std), left axis</source>
        <translation>Dispersión (desv. típica), eje izquierdo</translation>
    </message>
    <message>
        <source>Dead, f′ = 0 for all inputs</source>
        <translation>Muertas, f′ = 0 para toda entrada</translation>
    </message>
    <message>
        <source>Gradient exactly zero at some layers (not drawn on a log scale): %1</source>
        <translation>Gradiente exactamente cero en algunas capas (no se dibuja en escala logarítmica): %1</translation>
    </message>
    <message>
        <source>Fraction saturated, zero or dead</source>
        <translation>Fracción de unidades saturadas, con gradiente nulo o muertas</translation>
    </message>
    <message>
        <source>Saturated, 0 &lt; |f′| &lt; %1</source>
        <translation>Saturadas, 0 &lt; |f′| &lt; %1</translation>
    </message>
    <message>
        <source>Zero gradient, f′ = 0</source>
        <translation>Gradiente nulo, f′ = 0</translation>
    </message>
    <message>
        <source>No finite gradient at some layers (the function is undefined there, or the numbers overflowed; not drawn): %1</source>
        <translation>Sin gradiente finito en algunas capas (la función no está definida ahí, o los números se desbordaron; no se dibuja): %1</translation>
    </message>
</context>
<context>
    <name>activa::ui::CurvePlotter</name>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x) (dashed)</source>
        <translation>f′(x) (discontinua)</translation>
    </message>
    <message>
        <source>|f′(x)| (dashed, log scale)</source>
        <translation>|f′(x)| (discontinua, escala logarítmica)</translation>
    </message>
    <message>
        <source>Grey bands: |f′| &lt; %1 for %2</source>
        <translation>Bandas grises: |f′| &lt; %1 para %2</translation>
    </message>
</context>
<context>
    <name>activa::ui::CurveReadout</name>
    <message>
        <source>Move the mouse over the plot to read x, f(x) and f′(x) of every curve.</source>
        <translation>Pasa el puntero sobre el gráfico para leer x, f(x) y f′(x) de cada curva.</translation>
    </message>
    <message>
        <source>Values under the mouse: x, f(x) and f′(x) of every curve</source>
        <translation>Valores bajo el puntero: x, f(x) y f′(x) de cada curva</translation>
    </message>
    <message>
        <source>Points per curve lowered to %1: %2 curves may hold %3 points in all.</source>
        <translation>Puntos por curva reducidos a %1: %2 curvas pueden tener %3 puntos en total.</translation>
    </message>
    <message>
        <source>%1: f = %2, f′ = %3</source>
        <translation>%1: f = %2; f′ = %3</translation>
    </message>
</context>
<context>
    <name>activa::ui::CurvesNavigation</name>
    <message>
        <source>Fit &amp;y axes</source>
        <translation>Ajustar ejes &amp;Y</translation>
    </message>
    <message>
        <source>Fit the y axes to the curves shown</source>
        <translation>Ajusta los ejes Y a las curvas mostradas</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Back to the typed range and fit the y axes</source>
        <translation>Vuelve al rango introducido y ajusta los ejes Y</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom into the curves</source>
        <translation>Acerca la vista de las curvas</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out of the curves</source>
        <translation>Aleja la vista de las curvas</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Go back to the previous view</source>
        <translation>Vuelve a la vista anterior</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward to the next view</source>
        <translation>Avanza a la vista siguiente</translation>
    </message>
</context>
<context>
    <name>activa::ui::CurvesView</name>
    <message>
        <source>%1, the selected function, has no grey band here: its gradient stays at or above %2 in magnitude over the range shown.</source>
        <translation>%1, la función seleccionada, no tiene bandas grises aquí: su gradiente se mantiene en valor absoluto igual o por encima de %2 en el rango mostrado.</translation>
    </message>
    <message>
        <source>Grey bands: where |f′(x)| &lt; %2 for %1, the selected function.</source>
        <translation>Bandas grises: donde |f′(x)| &lt; %2 para %1, la función seleccionada.</translation>
    </message>
    <message>
        <source>Where the slope is small but not zero, the function saturates: a gradient that small barely changes the weights of the layers before it, and stacked, such layers make a deep network prone to vanishing gradients.</source>
        <translation>Donde la pendiente es pequeña pero no nula, la función se satura: un gradiente tan pequeño apenas cambia los pesos de las capas anteriores y, apiladas, esas capas exponen una red profunda al desvanecimiento del gradiente.</translation>
    </message>
    <message>
        <source>Where the slope is exactly 0, no gradient passes at all: a unit whose inputs all land there is dead, and stops learning.</source>
        <translation>Donde la pendiente es exactamente 0, no pasa ningún gradiente: una unidad cuyas entradas caen todas allí está muerta y deja de aprender.</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom x, Ctrl+wheel to zoom y, Shift+drag to zoom into a box; click a legend entry to hide or show its curve, drag the legend to move it; right-click for more</source>
        <translation>Arrastra para desplazar, usa la rueda para ampliar x y Ctrl+rueda para ampliar y, Mayús+arrastrar amplía un recuadro; haz clic en una entrada de la leyenda para ocultar o mostrar su curva y arrastra la leyenda para moverla; clic derecho para más opciones</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>&amp;Curvas</translation>
    </message>
    <message>
        <source>Activation functions and their derivatives</source>
        <translation>Funciones de activación y sus derivadas</translation>
    </message>
    <message>
        <source>Check functions on the left to compare them; move the mouse over the plot to read values.</source>
        <translation>Marca funciones a la izquierda para compararlas; mueve el puntero sobre el gráfico para leer valores.</translation>
    </message>
</context>
<context>
    <name>activa::ui::ExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>File format; the file name&apos;s extension follows it</source>
        <translation>Formato del archivo; la extensión del nombre de archivo se ajusta a él</translation>
    </message>
    <message>
        <source>Where to write the image</source>
        <translation>Dónde guardar la imagen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in logical pixels</source>
        <translation>Ancho en píxeles lógicos</translation>
    </message>
    <message>
        <source>Height in logical pixels</source>
        <translation>Alto en píxeles lógicos</translation>
    </message>
    <message>
        <source>Pixels per logical pixel for PNG and JPEG: 2 × gives a sharp picture on high-resolution screens and slides</source>
        <translation>Píxeles por píxel lógico para PNG y JPEG: 2 × da una imagen nítida en pantallas de alta resolución y en diapositivas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Elige el archivo en un cuadro de diálogo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elige el archivo al que quieres exportar.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <source>It is in the folder “%1”. Replacing it overwrites what it holds.</source>
        <translation>Está en la carpeta «%1». Si lo reemplazas, se pierde lo que contiene.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
</context>
<context>
    <name>activa::ui::Exporter</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not save: no file name was given</source>
        <translation>No se pudo guardar: no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>la carpeta «%1» no existe</translation>
    </message>
    <message>
        <source>a picture of %1 × %2 pixels is too large to render; choose a smaller size or scale</source>
        <translation>una imagen de %1 × %2 píxeles es demasiado grande para generarla; elige un tamaño o una escala menor</translation>
    </message>
    <message>
        <source>there was not enough memory to render a picture of %1 × %2 pixels</source>
        <translation>no hubo memoria suficiente para generar una imagen de %1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Drawn with Activa %1</source>
        <translation>Dibujado con Activa %1</translation>
    </message>
    <message>
        <source>the size must be %1 to %2 pixels on each side, not %3 × %4</source>
        <translation>el tamaño debe ser de %1 a %2 píxeles por lado, no %3 × %4</translation>
    </message>
    <message>
        <source>the scale must be between %1 and %2, not %3</source>
        <translation>la escala debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>the folder “%1” is not writable</source>
        <translation>no se puede escribir en la carpeta «%1»</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <source>the %1 could not be started</source>
        <translation>no se pudo iniciar el %1</translation>
    </message>
    <message>
        <source>the %1 could not be finished</source>
        <translation>no se pudo terminar el %1</translation>
    </message>
    <message>
        <source>the name is longer than the file system allows</source>
        <translation>el nombre es más largo de lo que admite el sistema de archivos</translation>
    </message>
</context>
<context>
    <name>activa::ui::FlowchartView</name>
    <message>
        <source>Choose: %1</source>
        <translation>Elegir: %1</translation>
    </message>
</context>
<context>
    <name>activa::ui::FormulaText</name>
    <message>
        <source>the end of the text</source>
        <translation>el final del texto</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Type a formula in x.</source>
        <translation>Escribe una fórmula en x.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>El texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The text is %1 characters long; at most %2 are allowed.</source>
        <translation>El texto tiene %1 caracteres; se admiten como mucho %2.</translation>
    </message>
    <message>
        <source>Parentheses, calls and operators nest deeper than %1 levels.</source>
        <translation>Los paréntesis, las llamadas y los operadores se anidan a más de %1 niveles.</translation>
    </message>
    <message>
        <source>Unexpected character “%1”.</source>
        <translation>Carácter inesperado «%1».</translation>
    </message>
    <message>
        <source>Expected a number, a name or “(”, found %1.</source>
        <translation>Se esperaba un número, un nombre o «(», pero hay %1.</translation>
    </message>
    <message>
        <source>Expected an operator, found %1.</source>
        <translation>Se esperaba un operador, pero hay %1.</translation>
    </message>
    <message>
        <source>Expected “%1”, found %2.</source>
        <translation>Se esperaba «%1», pero hay %2.</translation>
    </message>
    <message>
        <source>Missing operator before “%1” (write * for a product).</source>
        <translation>Falta un operador antes de «%1» (escribe * para un producto).</translation>
    </message>
    <message>
        <source>“%1” is too large for a double.</source>
        <translation>«%1» es demasiado grande para un double.</translation>
    </message>
    <message>
        <source>Unknown name “%1” (a formula may use x, pi, e and its parameters).</source>
        <translation>Nombre desconocido «%1» (una fórmula puede usar x, pi, e y sus parámetros).</translation>
    </message>
    <message>
        <source>Unknown name “%1”: did you mean “%2”?</source>
        <translation>Nombre desconocido «%1»: ¿quisiste decir «%2»?</translation>
    </message>
    <message>
        <source>Unknown function “%1”.</source>
        <translation>Función desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown function “%1”: did you mean “%2”?</source>
        <translation>Función desconocida «%1»: ¿quisiste decir «%2»?</translation>
    </message>
    <message>
        <source>“%1” is not a function.</source>
        <translation>«%1» no es una función.</translation>
    </message>
    <message>
        <source>“%1” is a function: write %1(…).</source>
        <translation>«%1» es una función: escribe %1(…).</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), got %2.</source>
        <translation>
            <numerusform>%1 toma %n argumento y recibe %2.</numerusform>
            <numerusform>%1 toma %n argumentos y recibe %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A comparison (“%1”) can only be the condition of where(COND, A, B).</source>
        <translation>Una comparación («%1») solo puede ser la condición de where(COND, A, B).</translation>
    </message>
    <message>
        <source>The condition of where must be a comparison, such as x &gt; 0.</source>
        <translation>La condición de where debe ser una comparación, como x &gt; 0.</translation>
    </message>
    <message>
        <source>Give the function a name.</source>
        <translation>Dale un nombre a la función.</translation>
    </message>
    <message>
        <source>“%1” is taken: it is a built-in function&apos;s id or a word of the formula language.</source>
        <translation>«%1» ya está en uso: es el id de una función incorporada o una palabra del lenguaje de fórmulas.</translation>
    </message>
    <message>
        <source>The name “%1” is longer than %2 characters.</source>
        <translation>El nombre «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The first parameter must be x.</source>
        <translation>El primer parámetro debe ser x.</translation>
    </message>
    <message>
        <source>Parameter “%1” needs a default value.</source>
        <translation>El parámetro «%1» necesita un valor predeterminado.</translation>
    </message>
    <message>
        <source>The default of parameter “%1” must be a finite number, not “%2”.</source>
        <translation>El valor predeterminado del parámetro «%1» debe ser un número finito, no «%2».</translation>
    </message>
    <message>
        <source>“%1” cannot name a parameter: it is x, pi, e, a function or a built-in id.</source>
        <translation>«%1» no puede nombrar un parámetro: es x, pi, e, una función o un id incorporado.</translation>
    </message>
    <message>
        <source>Parameter “%1” is declared twice.</source>
        <translation>El parámetro «%1» está declarado dos veces.</translation>
    </message>
    <message>
        <source>At most %1 parameters besides x.</source>
        <translation>Como mucho %1 parámetros además de x.</translation>
    </message>
    <message>
        <source>The range of parameter “%1” must be finite, increasing and hold its default.</source>
        <translation>El rango del parámetro «%1» debe ser finito, creciente y contener su valor predeterminado.</translation>
    </message>
    <message>
        <source>At most %1 functions can be defined in one session.</source>
        <translation>Se pueden definir como mucho %1 funciones en una sesión.</translation>
    </message>
    <message>
        <source>The formula cannot be read.</source>
        <translation>No se puede leer la fórmula.</translation>
    </message>
    <message>
        <source>“%1” is not a name: a name is letters, digits and _, starting with a letter (the parameters have their own rows).</source>
        <translation>«%1» no es un nombre: un nombre son letras, cifras y _, y empieza por una letra (los parámetros tienen sus propias filas).</translation>
    </message>
</context>
<context>
    <name>activa::ui::FunctionEditor</name>
    <message>
        <source>Your activation function</source>
        <translation>Tu función de activación</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x) (dashed)</source>
        <translation>f′(x) (discontinua)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>How lists, legends and the command line call it: letters, digits and _, not a built-in function&apos;s id</source>
        <translation>Cómo la llaman las listas, las leyendas y la línea de órdenes: letras, dígitos y _, sin ser el id de una función incorporada</translation>
    </message>
    <message>
        <source>f(x) &amp;=</source>
        <translation>f(x) &amp;=</translation>
    </message>
    <message>
        <source>A formula in x and the parameters: + - * / ^, exp, log, log1p, expm1, sqrt, abs, sin, cos, tan, tanh, sinh, cosh, atan, erf, erfc, max, min, where(x &gt; 0, a, b), pi, e, and every built-in activation by its id (sigmoid, softplus, relu, …)</source>
        <translation>Una fórmula en x y los parámetros: + - * / ^, exp, log, log1p, expm1, sqrt, abs, sin, cos, tan, tanh, sinh, cosh, atan, erf, erfc, max, min, where(x &gt; 0, a, b), pi, e, y cada activación incorporada por su id (sigmoid, softplus, relu, …)</translation>
    </message>
    <message>
        <source>for example x*sigmoid(beta*x)</source>
        <translation>por ejemplo x*sigmoid(beta*x)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Slider from</source>
        <translation>Deslizador desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>&amp;Añadir parámetro</translation>
    </message>
    <message>
        <source>A parameter the formula uses by its name, with a slider in the curves view (at most %1)</source>
        <translation>Un parámetro que la fórmula usa por su nombre, con un deslizador en la vista de curvas (como mucho %1)</translation>
    </message>
    <message>
        <source>Recipe for the labs</source>
        <translation>Receta para los laboratorios</translation>
    </message>
    <message>
        <source>&amp;Initialisation:</source>
        <translation>&amp;Inicialización:</translation>
    </message>
    <message>
        <source>In&amp;puts:</source>
        <translation>&amp;Entradas:</translation>
    </message>
    <message>
        <source>How the gradient-flow and training labs draw the weights before a network with this function learns</source>
        <translation>Cómo generan los pesos los laboratorios de flujo del gradiente y de entrenamiento antes de que aprenda una red con esta función</translation>
    </message>
    <message>
        <source>How the gradient-flow lab draws the inputs</source>
        <translation>Cómo genera las entradas el laboratorio de flujo del gradiente</translation>
    </message>
    <message>
        <source>Remove this parameter</source>
        <translation>Quitar este parámetro</translation>
    </message>
    <message>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <source>Evaluated as %1, which stays exact where the formula as written would overflow.</source>
        <translation>Se evalúa como %1, que sigue siendo exacta donde la fórmula tal como está escrita se desbordaría.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Add “%1” as a parameter</source>
        <translation>Añadir «%1» como parámetro</translation>
    </message>
</context>
<context>
    <name>activa::ui::FunctionList</name>
    <message>
        <source>Classic</source>
        <translation>Clásicas</translation>
    </message>
    <message>
        <source>ReLU family</source>
        <translation>Familia ReLU</translation>
    </message>
    <message>
        <source>Smooth modern</source>
        <translation>Suaves modernas</translation>
    </message>
    <message>
        <source>Hard / piecewise</source>
        <translation>Duras / por tramos</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>Filter functions…</source>
        <translation>Filtrar funciones…</translation>
    </message>
    <message>
        <source>Show only the functions whose name or id contains this text</source>
        <translation>Muestra solo las funciones cuyo nombre o identificador contiene este texto</translation>
    </message>
    <message>
        <source>Check functions to plot them; select one to see its properties</source>
        <translation>Marca funciones para trazarlas; selecciona una para ver sus propiedades</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tus funciones</translation>
    </message>
</context>
<context>
    <name>activa::ui::FunctionsDialog</name>
    <message>
        <source>Function not defined</source>
        <translation>Función no definida</translation>
    </message>
    <message>
        <source>Your functions</source>
        <translation>Tus funciones</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Add the functions of a file someone shared</source>
        <translation>Añadir las funciones de un archivo que alguien compartió</translation>
    </message>
    <message>
        <source>Save every function of yours in a small text file to share</source>
        <translation>Guardar todas tus funciones en un pequeño archivo de texto para compartir</translation>
    </message>
    <message>
        <source>Defined %1.</source>
        <translation>%1 definida.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 cambiada.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>Delete %1? The views that show it stop showing it.</source>
        <translation>¿Borrar %1? Las vistas que la muestran dejarán de mostrarla.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 borrada.</translation>
    </message>
    <message>
        <source>Import functions</source>
        <translation>Importar funciones</translation>
    </message>
    <message>
        <source>Activa functions (*.txt);;All files (*)</source>
        <translation>Funciones de Activa (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n function(s).</source>
        <translation>
            <numerusform>Se importó %n función.</numerusform>
            <numerusform>Se importaron %n funciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n:</source>
        <translation>
            <numerusform>Se omitió %n:</numerusform>
            <numerusform>Se omitieron %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export functions</source>
        <translation>Exportar funciones</translation>
    </message>
    <message>
        <source>Activa functions (*.txt)</source>
        <translation>Funciones de Activa (*.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported your functions to %1.</source>
        <translation>Tus funciones se exportaron a %1.</translation>
    </message>
</context>
<context>
    <name>activa::ui::GradFlowRunner</name>
    <message>
        <source>There is not enough memory for this network.</source>
        <translation>No hay memoria suficiente para esta red.</translation>
    </message>
</context>
<context>
    <name>activa::ui::GradFlowView</name>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inicialización</translation>
    </message>
    <message>
        <source>The activations compared, each with the initialisation of its weights; the colour is its line in the plots.</source>
        <translation>Las activaciones comparadas, cada una con la inicialización de sus pesos; el color es el de su línea en los gráficos.</translation>
    </message>
    <message>
        <source>Activations and initialisations</source>
        <translation>Activaciones e inicializaciones</translation>
    </message>
    <message>
        <source>An activation to add to the comparison</source>
        <translation>Una activación para añadir a la comparación</translation>
    </message>
    <message>
        <source>Activation to add</source>
        <translation>Activación para añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add the activation with the initialisation the recipe recommends (at most %1)</source>
        <translation>Añade la activación con la inicialización que recomienda la receta (como mucho %1)</translation>
    </message>
    <message>
        <source>Remove the selected activation (at least one stays)</source>
        <translation>Quita la activación seleccionada (siempre queda al menos una)</translation>
    </message>
    <message>
        <source>Go back to sigmoid, tanh and ReLU with the recommended initialisations, depth 20, width 64, batch 128</source>
        <translation>Vuelve a sigmoide, tanh y ReLU con las inicializaciones recomendadas, profundidad 20, ancho 64, lote 128</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <source>Hidden layers, from %1 to %2</source>
        <translation>Capas ocultas, de %1 a %2</translation>
    </message>
    <message>
        <source>Units per layer, from %1 to %2</source>
        <translation>Unidades por capa, de %1 a %2</translation>
    </message>
    <message>
        <source>Random input samples the statistics are taken over, from %1 to %2</source>
        <translation>Muestras de entrada aleatorias sobre las que se calculan las estadísticas, de %1 a %2</translation>
    </message>
    <message>
        <source>Random seed: the same seed draws the same inputs and weights</source>
        <translation>Semilla aleatoria: la misma semilla genera las mismas entradas y los mismos pesos</translation>
    </message>
    <message>
        <source>The value every bias starts at; a negative bias kills ReLU units</source>
        <translation>El valor inicial de todos los sesgos; un sesgo negativo mata unidades ReLU</translation>
    </message>
    <message>
        <source>Standard deviation of the weights for the initialisation “%1”</source>
        <translation>Desviación típica de los pesos para la inicialización «%1»</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>B&amp;ias:</source>
        <translation>Ses&amp;go:</translation>
    </message>
    <message>
        <source>σ of &amp;normal:</source>
        <translation>σ de la n&amp;ormal:</translation>
    </message>
    <message>
        <source>Gradient flow plots</source>
        <translation>Gráficos del flujo del gradiente</translation>
    </message>
    <message>
        <source>Initialisation of the weights for %1; the recipe recommends “%2”</source>
        <translation>Inicialización de los pesos para %1; la receta recomienda «%2»</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Sin calcular: %1</translation>
    </message>
    <message>
        <source>none, the gradient is zero (dead units)</source>
        <translation>nada, el gradiente es cero (unidades muertas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient at layer 1 relative to layer %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gradiente en la capa 1 respecto a la capa %1:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>Calculado en %1 ms.</translation>
    </message>
    <message>
        <source>Not taken: depth × width × batch would need %1 MiB, more than the %2 MiB allowed.</source>
        <translation>No aceptado: profundidad × ancho × lote necesitaría %1 MiB, más de los %2 MiB permitidos.</translation>
    </message>
    <message>
        <source>Above: the gradient norm at each layer, log scale. Below: the spread of the activations; the fractions of saturated slopes (small but not zero), of slopes exactly zero, and of dead units.</source>
        <translation>Arriba: la norma del gradiente en cada capa, en escala logarítmica. Abajo: la dispersión de las activaciones; las fracciones de pendientes saturadas (pequeñas pero no nulas), de pendientes exactamente nulas y de unidades muertas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backpropagation carries the gradient of the loss from the output back to the first layer; every layer multiplies it by its weights and by the slope of its activation. Here a deep stack of equal layers is built, just initialised, and the size of that gradient is measured at each layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sigmoid&lt;/b&gt;&apos;s slope is at most ¼, so each layer passes on at most a quarter of what its weights carry: over 20 layers with Glorot initialisation, about 10&lt;sup&gt;−12&lt;/sup&gt; of the gradient reaches the first. That is not saturation (the dashed line stays at 0) but the ¼ at every layer: the vanishing gradient. &lt;b&gt;Tanh&lt;/b&gt;, with a slope of 1 at 0, loses about three quarters over 20 layers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;ReLU&lt;/b&gt; passes the gradient on unchanged where it is active and not at all elsewhere: about half its slopes are exactly 0 (dash-dot line), which is not saturation either. &lt;b&gt;He&lt;/b&gt; initialisation doubles the weights&apos; variance to make up for it, so the line stays nearly flat: the article&apos;s default for MLPs and CNNs. A unit whose slope is 0 for every input is dead (dotted line): try a negative bias.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La retropropagación lleva el gradiente de la pérdida desde la salida hasta la primera capa; cada capa lo multiplica por sus pesos y por la pendiente de su activación. Aquí se construye una pila profunda de capas iguales, recién inicializadas, y se mide el tamaño de ese gradiente en cada capa.&lt;/p&gt;&lt;p&gt;La pendiente de la &lt;b&gt;sigmoide&lt;/b&gt; es como mucho ¼, así que cada capa transmite como mucho una cuarta parte de lo que llevan sus pesos: a lo largo de 20 capas con inicialización Glorot, a la primera llega alrededor de 10&lt;sup&gt;−12&lt;/sup&gt; del gradiente. Eso no es saturación (la línea discontinua se queda en 0), sino el ¼ de cada capa: el desvanecimiento del gradiente. La &lt;b&gt;tanh&lt;/b&gt;, con pendiente 1 en 0, pierde unas tres cuartas partes en 20 capas.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;ReLU&lt;/b&gt; deja pasar el gradiente sin cambios donde está activa y nada en el resto: alrededor de la mitad de sus pendientes son exactamente 0 (línea de trazo y punto), lo que tampoco es saturación. La inicialización &lt;b&gt;He&lt;/b&gt; duplica la varianza de los pesos para compensarlo, así que la línea se mantiene casi plana: la opción predeterminada del artículo para MLP y CNN. Una unidad cuya pendiente es 0 para toda entrada está muerta (línea punteada): prueba con un sesgo negativo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>&amp;Profundidad:</translation>
    </message>
    <message>
        <source>Wi&amp;dth:</source>
        <translation>Anc&amp;ho:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Se&amp;milla:</translation>
    </message>
    <message>
        <source>&amp;Gradient flow</source>
        <translation>&amp;Flujo del gradiente</translation>
    </message>
    <message>
        <source>How the gradient shrinks or holds through a deep network</source>
        <translation>Cómo se encoge o se mantiene el gradiente a través de una red profunda</translation>
    </message>
    <message>
        <source>Add activations and change the depth to see which gradients survive.</source>
        <translation>Añade activaciones y cambia la profundidad para ver qué gradientes sobreviven.</translation>
    </message>
</context>
<context>
    <name>activa::ui::Guide</name>
    <message>
        <source>Activa guide</source>
        <translation>Guía de Activa</translation>
    </message>
    <message>
        <source>The guide; F1 opens it at the section of the visible tab</source>
        <translation>La guía; F1 la abre en la sección de la pestaña visible</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cierra la guía</translation>
    </message>
    <message>
        <source>Activa helps you choose an activation function: it draws the functions and their slopes, shows what softmax does to a list of scores, walks you to a layer recipe and lets you watch gradients and training. Each tab below is one view; everything a view draws can be exported with the File menu.</source>
        <translation>Activa te ayuda a elegir una función de activación: dibuja las funciones y sus pendientes, muestra qué hace softmax con una lista de puntuaciones, te guía hasta una receta de capas y te deja observar los gradientes y el entrenamiento. Cada pestaña que sigue es una vista; todo lo que dibuja una vista se puede exportar con el menú Archivo.</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <source>Check functions in the list on the left to draw them; select one to change its parameters and read its properties on the right. With &lt;b&gt;Derivative&lt;/b&gt; on, a second plot below shows each function&apos;s slope, dashed.</source>
        <translation>Marca funciones en la lista de la izquierda para dibujarlas; selecciona una para cambiar sus parámetros y leer sus propiedades a la derecha. Con &lt;b&gt;Derivada&lt;/b&gt; activada, un segundo gráfico debajo muestra la pendiente de cada función, con línea discontinua.</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read x, f(x) and f′(x) of every curve at once.</source>
        <translation>Pasa el puntero sobre el gráfico para leer a la vez x, f(x) y f′(x) de todas las curvas.</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Type one logit (raw score) per class in the table. The left chart shows the softmax probabilities, which add up to 1; the class with the largest logit, the argmax, is highlighted. The right chart passes each logit through its own sigmoid, as a multilabel output does: those values need not add up to 1.</source>
        <translation>Escribe un logit (puntuación sin normalizar) por clase en la tabla. El gráfico de la izquierda muestra las probabilidades de softmax, que suman 1; la clase con el logit mayor, el argmax, aparece resaltada. El de la derecha pasa cada logit por su propia sigmoide, como hace una salida multietiqueta: esos valores no tienen por qué sumar 1.</translation>
    </message>
    <message>
        <source>The temperature T divides the logits before softmax: below 1 it sharpens the probabilities towards the argmax, above 1 it evens them out. The sigmoids do not use T.</source>
        <translation>La temperatura T divide los logits antes de softmax: por debajo de 1 concentra las probabilidades en el argmax; por encima de 1 las iguala. Las sigmoides no usan T.</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>The wizard asks what kind of network you build and what it predicts, and ends with a layer recipe: hidden and output activations, weight initialisation, input scaling, label encoding and loss, with Keras and PyTorch code.</source>
        <translation>El asistente te pregunta qué tipo de red construyes y qué predice, y termina con una receta de capas: activaciones de capa oculta y de salida, inicialización de los pesos, escalado de las entradas, codificación de las etiquetas y pérdida, con código de Keras y PyTorch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the flowcharts&lt;/b&gt;: each chart starts at the question at the top; the arrows are labelled with the answers and end in the recommended activation. The path of your answers is drawn thick and orange. Click an answer on a chart to choose it.</source>
        <translation>&lt;b&gt;Cómo leer los diagramas de flujo&lt;/b&gt;: cada diagrama empieza por la pregunta de arriba; las flechas llevan las respuestas y terminan en la activación recomendada. El camino de tus respuestas se dibuja grueso y en naranja. Haz clic en una respuesta del diagrama para elegirla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show in explorer&lt;/b&gt; draws the recommended activations in the Curves tab (and the softmax of a multiclass output in the Softmax tab); the status bar then offers to undo it. &lt;b&gt;Try it&lt;/b&gt; races the recommended activation against sigmoid and tanh in the Training tab.</source>
        <translation>&lt;b&gt;Mostrar en las curvas&lt;/b&gt; dibuja las activaciones recomendadas en la pestaña Curvas (y la softmax de una salida multiclase en la pestaña Softmax); después, la barra de estado te ofrece deshacerlo. &lt;b&gt;Pruébalo&lt;/b&gt; enfrenta la activación recomendada a la sigmoide y la tanh en la pestaña Entrenamiento.</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>Flujo del gradiente</translation>
    </message>
    <message>
        <source>A deep stack of equal layers is built and just initialised; the plot shows, layer by layer, how large the gradient of the loss still is when it reaches that layer, on a log scale. A line that falls towards the first layer is a vanishing gradient; a flat line means every layer can learn. Change the depth, the width or the initialisation to see why ReLU goes with He and tanh with Glorot.</source>
        <translation>Se construye una pila profunda de capas iguales, recién inicializadas; el gráfico muestra, capa a capa y en escala logarítmica, cuánto gradiente de la pérdida llega todavía a esa capa. Una línea que cae hacia la primera capa es desvanecimiento del gradiente; una línea plana significa que todas las capas pueden aprender. Cambia la profundidad, el ancho o la inicialización para ver por qué ReLU va con He y tanh con Glorot.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Check a few activations and press Play: the same small network is trained once per activation on the chosen dataset, from the same start, and the curves show which one learns fastest. Changing a setting starts the race again.</source>
        <translation>Marca algunas activaciones y pulsa Entrenar: se entrena la misma red pequeña una vez por activación con el conjunto de datos elegido, desde la misma inicialización aleatoria, y las curvas muestran cuál aprende más rápido. Si cambias un ajuste, la carrera vuelve a empezar.</translation>
    </message>
    <message>
        <source>Mouse and keyboard</source>
        <translation>Ratón y teclado</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Arrastrar</translation>
    </message>
    <message>
        <source>Move the curves</source>
        <translation>Desplaza las curvas</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Mayús+arrastrar</translation>
    </message>
    <message>
        <source>Zoom into the box you draw</source>
        <translation>Amplía el recuadro que dibujas</translation>
    </message>
    <message>
        <source>Arrow keys, + and -</source>
        <translation>Flechas, + y -</translation>
    </message>
    <message>
        <source>Move and zoom the curves when the plot has the focus</source>
        <translation>Desplazan y amplían las curvas cuando el gráfico tiene el foco</translation>
    </message>
    <message>
        <source>Zoom the curves in and out</source>
        <translation>Acercan y alejan las curvas</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>Edit a class name or a logit in the softmax table</source>
        <translation>Edita el nombre de una clase o un logit en la tabla de softmax</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the picture of the visible tab</source>
        <translation>Exporta la imagen de la pestaña visible</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export its data as CSV</source>
        <translation>Exporta sus datos como CSV</translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard</source>
        <translation>Copia la imagen al portapapeles</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Go to the first to fifth tab</source>
        <translation>Van de la primera a la quinta pestaña</translation>
    </message>
    <message>
        <source>Undo “Show in explorer” while the status bar offers it</source>
        <translation>Deshace «Mostrar en las curvas» mientras la barra de estado lo ofrece</translation>
    </message>
    <message>
        <source>Open this guide at the visible tab</source>
        <translation>Abre esta guía en la pestaña visible</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Everything the window computes is also available in a terminal, without a window; numbers are written with a decimal point. &lt;code&gt;activa --help&lt;/code&gt; and &lt;code&gt;activa COMMAND --help&lt;/code&gt; tell the details.</source>
        <translation>Todo lo que calcula la ventana está también disponible en un terminal, sin ventana; los números se escriben con punto decimal. &lt;code&gt;activa --help&lt;/code&gt; y &lt;code&gt;activa ORDEN --help&lt;/code&gt; dan los detalles.</translation>
    </message>
    <message>
        <source>The functions: id, name and parameters</source>
        <translation>Las funciones: identificador, nombre y parámetros</translation>
    </message>
    <message>
        <source>Values and derivatives as CSV</source>
        <translation>Valores y derivadas en CSV</translation>
    </message>
    <message>
        <source>Softmax probabilities as CSV</source>
        <translation>Probabilidades de softmax en CSV</translation>
    </message>
    <message>
        <source>The layer recipe of the two flowcharts</source>
        <translation>La receta de capas de los dos diagramas de flujo</translation>
    </message>
    <message>
        <source>The gradient at each layer as CSV</source>
        <translation>El gradiente en cada capa en CSV</translation>
    </message>
    <message>
        <source>A training race as CSV</source>
        <translation>Una carrera de entrenamiento en CSV</translation>
    </message>
    <message>
        <source>Any picture or its data as a file: PNG, JPEG, PDF, SVG or CSV</source>
        <translation>Cualquier imagen o sus datos como archivo: PNG, JPEG, PDF, SVG o CSV</translation>
    </message>
    <message>
        <source>Whatever you pan or zoom to is computed, and the x boxes follow. The y axis follows the curves as you change parameters until you place it yourself; &lt;b&gt;Fit y&lt;/b&gt; fits it again. &lt;b&gt;log |f′|&lt;/b&gt; draws the slopes on a logarithmic axis, where the tiny gradients of saturated sigmoid and tanh still show (tanh′(20) ≈ 1.7e-17). Click a legend entry to hide or show its curve.</source>
        <translation>Lo que muestres al desplazar o ampliar se calcula, y las casillas de x lo siguen. El eje Y sigue a las curvas mientras cambias parámetros, hasta que lo colocas tú; &lt;b&gt;Ajustar eje y&lt;/b&gt; lo vuelve a ajustar. &lt;b&gt;log |f′|&lt;/b&gt; dibuja las pendientes en un eje logarítmico, donde los gradientes diminutos de la sigmoide y la tanh saturadas siguen viéndose (tanh′(20) ≈ 1,7e-17). Haz clic en una entrada de la leyenda para ocultar o mostrar su curva.</translation>
    </message>
    <message>
        <source>Back to the typed range, y fitted</source>
        <translation>Vuelve al rango introducido, con Y ajustado</translation>
    </message>
    <message>
        <source>Back and forward through the views of the curves</source>
        <translation>Atrás y adelante por las vistas de las curvas</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Clic derecho</translation>
    </message>
    <message>
        <source>The picture&apos;s menu: fit, views, copy, export, print</source>
        <translation>El menú de la imagen: ajustar, vistas, copiar, exportar, imprimir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print the picture</source>
        <translation>Imprime la imagen</translation>
    </message>
    <message>
        <source>Zoom x around the pointer; y keeps fitting the curves</source>
        <translation>Amplía x en torno al puntero; y sigue ajustándose a las curvas</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Zoom y alone; it then stays where you put it</source>
        <translation>Amplía solo y, que después se queda donde lo dejas</translation>
    </message>
    <message>
        <source>Click or drag a legend</source>
        <translation>Clic o arrastre en una leyenda</translation>
    </message>
    <message>
        <source>Hide or show a curve; move the legend where it hides nothing you need</source>
        <translation>Oculta o muestra una curva; mueve la leyenda adonde no tape nada que necesites</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Presentation mode: larger text, thicker lines and markers for a projector</source>
        <translation>Modo presentación: texto más grande y líneas y marcadores más gruesos para un proyector</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Dark window and plots, or light again</source>
        <translation>Ventana y gráficos oscuros, o claros de nuevo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Hide or show the legends</source>
        <translation>Oculta o muestra las leyendas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saturation bands&lt;/b&gt;: with Saturation on, grey bands mark where the selected function&apos;s slope is smaller than %1 in magnitude. An input that lands there passes almost no gradient back, so the layer learns slowly: this is where vanishing gradients come from. Sigmoid and tanh have wide bands on both sides; ReLU has one for every negative input.</source>
        <translation>&lt;b&gt;Bandas de saturación&lt;/b&gt;: con Saturación activada, unas bandas grises marcan dónde la pendiente de la función seleccionada es menor que %1 en valor absoluto. Una entrada que cae ahí apenas devuelve gradiente, así que la capa aprende despacio: de ahí viene el desvanecimiento del gradiente. La sigmoide y la tanh tienen bandas anchas a ambos lados; la ReLU tiene una para cada entrada negativa.</translation>
    </message>
    <message>
        <source>Your own functions</source>
        <translation>Tus propias funciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Functions → New function…&lt;/b&gt; lets you type an activation of your own: a name, a formula in x such as &lt;code&gt;x*sigmoid(beta*x)&lt;/code&gt;, and its parameters with their defaults and slider ranges. While you type, its curve and its derivative are drawn beside the formula, and the derivative&apos;s formula is shown: it is exact, worked out from the formula, not estimated from nearby points. A mistake is underlined where it is, with what went wrong; the last good curve stays drawn until you fix it.</source>
        <translation>&lt;b&gt;Funciones → Nueva función…&lt;/b&gt; te deja escribir una activación propia: un nombre, una fórmula en x como &lt;code&gt;x*sigmoid(beta*x)&lt;/code&gt; y sus parámetros con sus valores predeterminados y los rangos de sus deslizadores. Mientras escribes, su curva y su derivada se dibujan junto a la fórmula, y se muestra la fórmula de la derivada: es exacta, deducida de la fórmula, no estimada a partir de puntos cercanos. Un error se subraya donde está, con lo que falla; la última curva correcta sigue dibujada hasta que lo corrijas.</translation>
    </message>
    <message>
        <source>The formula may use + - * / ^, exp, log, sqrt, abs, the trigonometric and hyperbolic functions, erf, max, min, &lt;code&gt;where(x &amp;gt; 0, a, b)&lt;/code&gt;, pi, e, and every built-in activation by its id. Shapes that overflow as written, such as log(1 + exp(x)), are computed in a form that stays exact, so the curve is right at x = 800 too.</source>
        <translation>La fórmula puede usar + - * / ^, exp, log, sqrt, abs, las funciones trigonométricas e hiperbólicas, erf, max, min, &lt;code&gt;where(x &amp;gt; 0, a, b)&lt;/code&gt;, pi, e y cada activación incorporada por su id. Las formas que se desbordan tal como están escritas, como log(1 + exp(x)), se calculan de una manera que sigue siendo exacta, así que la curva también es correcta en x = 800.</translation>
    </message>
    <message>
        <source>Your function then joins every list under &lt;b&gt;Yours&lt;/b&gt;: draw it beside the built-ins with its own sliders, bands, kinks and properties, race it in Training and watch its gradient in Gradient flow, with the initialisation and input scaling you chose for it. &lt;b&gt;Functions → Your functions…&lt;/b&gt; edits, duplicates and deletes them; they are kept between sessions and can be exported to a small text file to share, and imported again.</source>
        <translation>Después, tu función aparece en todas las listas, en &lt;b&gt;Tus funciones&lt;/b&gt;: dibújala junto a las incorporadas con sus propios deslizadores, bandas, puntos angulosos y propiedades, ponla a competir en Entrenamiento y mira su gradiente en Flujo del gradiente, con la inicialización y el escalado de entradas que elegiste. &lt;b&gt;Funciones → Tus funciones…&lt;/b&gt; las edita, duplica y borra; se guardan entre sesiones y se pueden exportar a un pequeño archivo de texto para compartirlas, e importar de nuevo.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Type a function of your own</source>
        <translation>Escribir una función propia</translation>
    </message>
    <message>
        <source>What Activa understands of a function you type: f and f′ as formulas</source>
        <translation>Lo que Activa entiende de una función que escribes: f y f′ como fórmulas</translation>
    </message>
    <message>
        <source>--define makes a typed function an id on eval, export, gradflow and train</source>
        <translation>--define convierte una función escrita en un id en eval, export, gradflow y train</translation>
    </message>
</context>
<context>
    <name>activa::ui::LookActions</name>
    <message>
        <source>&amp;Legends</source>
        <translation>Le&amp;yendas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show or hide the legends of every plot; showing them again puts them back in place</source>
        <translation>Muestra u oculta las leyendas de todos los gráficos; al mostrarlas de nuevo vuelven a su sitio</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Larger text, thicker lines and larger markers in every plot, for a projector; exported pictures keep their own sizes</source>
        <translation>Texto más grande, líneas más gruesas y marcadores más grandes en todos los gráficos, para un proyector; las imágenes exportadas conservan sus propios tamaños</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Light text on dark, in the window and its plots; exported pictures stay dark on white</source>
        <translation>Texto claro sobre fondo oscuro, en la ventana y sus gráficos; las imágenes exportadas siguen siendo oscuras sobre blanco</translation>
    </message>
</context>
<context>
    <name>activa::ui::MainWindow</name>
    <message>
        <source>Activa — activation functions explained</source>
        <translation>Activa — funciones de activación explicadas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Exportar imagen…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the current picture as PNG, JPEG, PDF or SVG</source>
        <translation>Guarda la imagen actual como PNG, JPEG, PDF o SVG</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save what is plotted as CSV</source>
        <translation>Guarda en CSV los datos trazados</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>Copy the current picture to the clipboard</source>
        <translation>Copia la imagen actual al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Activa</source>
        <translation>Cierra Activa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Show Activa in this language</source>
        <translation>Muestra Activa en este idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Activa</source>
        <translation>&amp;Acerca de Activa</translation>
    </message>
    <message>
        <source>About Activa</source>
        <translation>Acerca de Activa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>“%1” does not end in .png, .jpg, .pdf or .svg.</source>
        <translation>«%1» no termina en .png, .jpg, .pdf ni .svg.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Image copied to the clipboard</source>
        <translation>Imagen copiada al portapapeles</translation>
    </message>
    <message>
        <source>The curves you had before are back.</source>
        <translation>Ya tienes de nuevo las curvas de antes.</translation>
    </message>
    <message>
        <source>The recipe replaced your curves; Undo brings them back.</source>
        <translation>La receta ha sustituido tus curvas; Deshacer las recupera.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>What each view shows, the mouse and keyboard, the command line</source>
        <translation>Qué muestra cada vista, el ratón y el teclado, la línea de órdenes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the current picture</source>
        <translation>Imprime la imagen actual</translation>
    </message>
    <message>
        <source>Print picture</source>
        <translation>Imprimir imagen</translation>
    </message>
    <message>
        <source>Print failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>Export d&amp;ata…</source>
        <translation>Exportar dat&amp;os…</translation>
    </message>
    <message>
        <source>&lt;i&gt;How to Choose an Activation Function for Deep Learning&lt;/i&gt;</source>
        <comment>the article&apos;s title; translated, followed by the original in italics</comment>
        <translation>«Cómo elegir una función de activación para el aprendizaje profundo» (en inglés, &lt;i&gt;How to Choose an Activation Function for Deep Learning&lt;/i&gt;)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activa %1&lt;/h3&gt;&lt;p&gt;Choose and understand activation functions for neural networks: curves and gradients, softmax, and the two decisions of the article %2.&lt;/p&gt;&lt;p&gt;Values follow PyTorch&apos;s conventions and are exact to 1e-12.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activa %1&lt;/h3&gt;&lt;p&gt;Elige y comprende funciones de activación para redes neuronales: curvas y gradientes, softmax y las dos decisiones del artículo %2.&lt;/p&gt;&lt;p&gt;Los valores siguen las convenciones de PyTorch y son exactos hasta 1e-12.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>&amp;New function…</source>
        <translation>&amp;Nueva función…</translation>
    </message>
    <message>
        <source>Defined %1: it is in every list of functions, under “Yours”.</source>
        <translation>%1 definida: está en todas las listas de funciones, en «Tus funciones».</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Type an activation function of your own and get its exact derivative</source>
        <translation>Escribe una función de activación propia y obtén su derivada exacta</translation>
    </message>
    <message>
        <source>&amp;Your functions…</source>
        <translation>&amp;Tus funciones…</translation>
    </message>
    <message>
        <source>Edit, duplicate or delete your functions</source>
        <translation>Editar, duplicar o borrar tus funciones</translation>
    </message>
    <message>
        <source>&amp;Import functions…</source>
        <translation>&amp;Importar funciones…</translation>
    </message>
    <message>
        <source>Add the functions of a file someone shared</source>
        <translation>Añadir las funciones de un archivo que alguien compartió</translation>
    </message>
    <message>
        <source>E&amp;xport functions…</source>
        <translation>E&amp;xportar funciones…</translation>
    </message>
    <message>
        <source>Save your functions in a small text file to share</source>
        <translation>Guardar tus funciones en un pequeño archivo de texto para compartir</translation>
    </message>
    <message>
        <source>Some saved functions could not be defined and were skipped: %1</source>
        <translation>Algunas funciones guardadas no se pudieron definir y se omitieron: %1</translation>
    </message>
</context>
<context>
    <name>activa::ui::NumberBox</name>
    <message>
        <source>Write decimals with “%1” and no thousands separators.</source>
        <translation>Escribe los decimales con «%1» y sin separador de miles.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Escribe un número.</translation>
    </message>
    <message>
        <source>“%1” is not a complete number.</source>
        <translation>«%1» no es un número completo.</translation>
    </message>
    <message>
        <source>The smallest value here is %1.</source>
        <translation>El valor mínimo aquí es %1.</translation>
    </message>
    <message>
        <source>The largest value here is %1.</source>
        <translation>El valor máximo aquí es %1.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Escribe un número entero.</translation>
    </message>
</context>
<context>
    <name>activa::ui::NumberText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>activa::ui::ParameterPanel</name>
    <message>
        <source>The checked functions have no parameters.</source>
        <translation>Las funciones marcadas no tienen parámetros.</translation>
    </message>
    <message>
        <source>%1: %2 (from %3 to %4, default %5)</source>
        <translation>%1: %2 (de %3 a %4, predeterminado %5)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Set the parameters of %1 back to PyTorch&apos;s defaults</source>
        <translation>Devuelve los parámetros de %1 a los valores predeterminados de PyTorch</translation>
    </message>
    <message>
        <source>min_val must be less than max_val.</source>
        <translation>min_val debe ser menor que max_val.</translation>
    </message>
    <message>
        <source>This value does not fit the other parameters.</source>
        <translation>Este valor no encaja con los demás parámetros.</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3, default %4)</source>
        <translation>%1 (de %2 a %3, predeterminado %4)</translation>
    </message>
    <message>
        <source>Set the parameters of %1 back to their defaults</source>
        <translation>Devuelve los parámetros de %1 a sus valores predeterminados</translation>
    </message>
</context>
<context>
    <name>activa::ui::PlotLegend</name>
    <message>
        <source>Click an entry to hide or show its curve; drag the legend to move it</source>
        <translation>Haz clic en una entrada para ocultar o mostrar su curva; arrastra la leyenda para moverla</translation>
    </message>
    <message>
        <source>Drag the legend to move it</source>
        <translation>Arrastra la leyenda para moverla</translation>
    </message>
</context>
<context>
    <name>activa::ui::PropertiesPanel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>discontinuous</source>
        <translation>discontinua</translation>
    </message>
    <message>
        <source>continuous, with kinks</source>
        <translation>continua, con puntos angulosos</translation>
    </message>
    <message>
        <source>continuously differentiable (C¹)</source>
        <translation>continuamente diferenciable (C¹)</translation>
    </message>
    <message>
        <source>smooth (C∞)</source>
        <translation>suave (C∞)</translation>
    </message>
    <message>
        <source>He (normal or uniform)</source>
        <translation>He (normal o uniforme)</translation>
    </message>
    <message>
        <source>Glorot / Xavier (normal or uniform)</source>
        <translation>Glorot / Xavier (normal o uniforme)</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun normal</translation>
    </message>
    <message>
        <source>[0, 1]</source>
        <translation>[0, 1]</translation>
    </message>
    <message>
        <source>[−1, 1]</source>
        <translation>[−1, 1]</translation>
    </message>
    <message>
        <source>standardised (mean 0, sd 1)</source>
        <translation>estandarizadas (media 0, desv. típica 1)</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>capa de salida</translation>
    </message>
    <message>
        <source>hidden and output layers</source>
        <translation>capas ocultas y de salida</translation>
    </message>
    <message>
        <source>teaching (not trainable by gradients)</source>
        <translation>enseñanza (no entrenable con gradientes)</translation>
    </message>
    <message>
        <source>above and below</source>
        <translation>por arriba y por abajo</translation>
    </message>
    <message>
        <source>below only</source>
        <translation>solo por abajo</translation>
    </message>
    <message>
        <source>above only</source>
        <translation>solo por arriba</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>no acotada</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Rango de salida</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Monótona</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuidad</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>Centrada en cero</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>Acotada</translation>
    </message>
    <message>
        <source>Saturating</source>
        <translation>Saturante</translation>
    </message>
    <message>
        <source>≈ identity near 0</source>
        <translation>≈ identidad cerca de 0</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>Inicialización de pesos</translation>
    </message>
    <message>
        <source>Input scaling</source>
        <translation>Escalado de entradas</translation>
    </message>
    <message>
        <source>Typical use</source>
        <translation>Uso típico</translation>
    </message>
    <message>
        <source>Properties of the selected function</source>
        <translation>Propiedades de la función seleccionada</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Convenciones</translation>
    </message>
    <message>
        <source>The plotted functions property by property</source>
        <translation>Las funciones dibujadas, propiedad por propiedad</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (predeterminado: %2)</translation>
    </message>
    <message>
        <source>Check functions to compare them here.</source>
        <translation>Marca funciones para compararlas aquí.</translation>
    </message>
    <message>
        <source>Computed over the x range shown, from %1 to %2, at the parameters&apos; values.</source>
        <translation>Calculado sobre el rango de x mostrado, de %1 a %2, con los valores actuales de los parámetros.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>at x = %1</source>
        <translation>en x = %1</translation>
    </message>
    <message>
        <source>no finite value</source>
        <translation>ningún valor finito</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>|f′| &lt; %1</source>
        <translation>|f′| &lt; %1</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>en ningún punto</translation>
    </message>
    <message>
        <source>Kinks</source>
        <translation>Puntos angulosos</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>kinks: %1</source>
        <translation>puntos angulosos: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>sí: %1</translation>
    </message>
</context>
<context>
    <name>activa::ui::RangeBar</name>
    <message>
        <source>Must be below the upper end of x, %1.</source>
        <translation>Debe ser menor que el extremo superior de x, %1.</translation>
    </message>
    <message>
        <source>Must be above the lower end of x, %1.</source>
        <translation>Debe ser mayor que el extremo inferior de x, %1.</translation>
    </message>
    <message>
        <source>&amp;x from</source>
        <translation>&amp;x desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;points</source>
        <translation>&amp;puntos</translation>
    </message>
    <message>
        <source>Smallest x computed and shown</source>
        <translation>Menor valor de x que se calcula y se muestra</translation>
    </message>
    <message>
        <source>Largest x computed and shown</source>
        <translation>Mayor valor de x que se calcula y se muestra</translation>
    </message>
    <message>
        <source>Number of evenly spaced points computed per curve</source>
        <translation>Número de puntos equiespaciados que se calculan por curva</translation>
    </message>
    <message>
        <source>Fit &amp;y</source>
        <translation>Ajustar eje &amp;y</translation>
    </message>
    <message>
        <source>Fit the y axes to the curves shown</source>
        <translation>Ajusta los ejes Y a las curvas mostradas</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>Back to the typed range and fit the y axes (Ctrl+0)</source>
        <translation>Vuelve al rango introducido y ajusta los ejes Y (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Derivative</source>
        <translation>&amp;Derivada</translation>
    </message>
    <message>
        <source>Show each function&apos;s derivative, dashed, in a plot below</source>
        <translation>Muestra la derivada de cada función, con línea discontinua, en un gráfico debajo</translation>
    </message>
    <message>
        <source>S&amp;aturation</source>
        <translation>Sa&amp;turación</translation>
    </message>
    <message>
        <source>Shade where the selected function&apos;s gradient stays below %1 in magnitude, not where it only passes through zero</source>
        <translation>Sombrea las zonas donde el gradiente de la función seleccionada se mantiene por debajo de %1 en valor absoluto, no donde solo pasa por cero</translation>
    </message>
    <message>
        <source>&amp;log |f′|</source>
        <translation>&amp;log |f′|</translation>
    </message>
    <message>
        <source>Show the derivative&apos;s magnitude on a logarithmic axis, where the vanishing tails of sigmoid and tanh stay visible (tanh′(20) ≈ 1.7e-17)</source>
        <translation>Muestra el valor absoluto de la derivada en un eje logarítmico, donde las colas que se desvanecen de la sigmoide y la tanh siguen visibles (tanh′(20) ≈ 1,7e-17)</translation>
    </message>
    <message>
        <source>&amp;Derivative</source>
        <comment>menu entry</comment>
        <translation>Deri&amp;vada</translation>
    </message>
    <message>
        <source>&amp;Logarithmic |f′|</source>
        <translation>|f′| &amp;logarítmica</translation>
    </message>
</context>
<context>
    <name>activa::ui::RecipeNames</name>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropía cruzada binaria</translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation>Entropía cruzada categórica</translation>
    </message>
    <message>
        <source>Scaled to [0, 1]</source>
        <translation>Escaladas a [0, 1]</translation>
    </message>
    <message>
        <source>Scaled to [−1, 1]</source>
        <translation>Escaladas a [−1, 1]</translation>
    </message>
    <message>
        <source>Standardised (mean 0, variance 1)</source>
        <translation>Estandarizadas (media 0, varianza 1)</translation>
    </message>
</context>
<context>
    <name>activa::ui::SoftmaxPlotter</name>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>sum = %1 · highlighted: argmax (%2)</source>
        <translation>suma = %1 · resaltado: argmax (%2)</translation>
    </message>
    <message>
        <source>sum = %1 · need not be 1</source>
        <translation>suma = %1 · no tiene por qué ser 1</translation>
    </message>
    <message>
        <source>Argmax</source>
        <translation>Argmax</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>first %1 of %2 classes shown</source>
        <translation>se muestran las primeras %1 de %2 clases</translation>
    </message>
    <message>
        <source>Softmax (classes exclusive)</source>
        <translation>Softmax (clases excluyentes)</translation>
    </message>
    <message>
        <source>Sigmoid per logit (multilabel)</source>
        <translation>Sigmoide por logit (multietiqueta)</translation>
    </message>
    <message>
        <source>Add at least one logit</source>
        <translation>Añade al menos un logit</translation>
    </message>
    <message>
        <source>… (%1 in all)</source>
        <translation>… (%1 en total)</translation>
    </message>
    <message>
        <source>T = %1 · logits %2</source>
        <translation>T = %1 · logits %2</translation>
    </message>
    <message>
        <source>each logit on its own · independent of T</source>
        <translation>cada logit por separado · independiente de T</translation>
    </message>
</context>
<context>
    <name>activa::ui::SoftmaxView</name>
    <message>
        <source>Logit: the raw score of this class, from -1000 to 1000</source>
        <translation>Logit: la puntuación bruta de esta clase, de -1000 a 1000</translation>
    </message>
    <message>
        <source>The list is empty: enter numbers such as 1, 3, 2.</source>
        <translation>La lista está vacía: escribe números como 1, 3, 2.</translation>
    </message>
    <message>
        <source>The list has %1 numbers; at most %2 are allowed.</source>
        <translation>La lista tiene %1 números; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>Item %1 is empty: check for doubled or trailing separators.</source>
        <translation>El elemento %1 está vacío: revisa si hay separadores repetidos o al final.</translation>
    </message>
    <message>
        <source>Item %1, “%2”, is not a number.</source>
        <translation>El elemento %1, «%2», no es un número.</translation>
    </message>
    <message>
        <source>Item %1, “%2”, is not a finite number.</source>
        <translation>El elemento %1, «%2», no es un número finito.</translation>
    </message>
    <message>
        <source>Item %1, “%2”, is outside the range %3 to %4.</source>
        <translation>El elemento %1, «%2», está fuera del rango de %3 a %4.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Softmax&lt;/b&gt; turns a list of raw scores (logits) into probabilities that add up to 1, so they read as how likely each class is. It is a soft version of argmax: the largest logit gets the largest share, but every class keeps some. Use it when the classes are mutually exclusive, with one output node per class.&lt;/p&gt;&lt;p&gt;When an example can belong to several classes at once (&lt;b&gt;multilabel&lt;/b&gt;), give each class its own sigmoid instead: each output is a probability on its own, and together they need not add up to 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Softmax&lt;/b&gt; convierte una lista de puntuaciones brutas (logits) en probabilidades que suman 1, de modo que se leen como la probabilidad de cada clase. Es una versión suave de argmax: el logit más grande recibe la mayor parte, pero todas las clases conservan algo. Úsala cuando las clases sean mutuamente excluyentes, con un nodo de salida por clase.&lt;/p&gt;&lt;p&gt;Cuando un ejemplo puede pertenecer a varias clases a la vez (&lt;b&gt;multietiqueta&lt;/b&gt;), da en su lugar a cada clase su propia sigmoide: cada salida es una probabilidad por sí misma y, en conjunto, no tienen por qué sumar 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Logit</source>
        <translation>Logit</translation>
    </message>
    <message>
        <source>One row per class: its name and its logit (raw score). Double-click or press F2 to edit a cell.</source>
        <translation>Una fila por clase: su nombre y su logit (puntuación bruta). Haz doble clic o pulsa F2 para editar una celda.</translation>
    </message>
    <message>
        <source>Classes and logits</source>
        <translation>Clases y logits</translation>
    </message>
    <message>
        <source>&amp;Add class</source>
        <translation>Aña&amp;dir clase</translation>
    </message>
    <message>
        <source>Add a class with logit 0 (at most %1)</source>
        <translation>Añade una clase con logit 0 (como máximo %1)</translation>
    </message>
    <message>
        <source>&amp;Remove class</source>
        <translation>&amp;Quitar clase</translation>
    </message>
    <message>
        <source>Remove the selected class (at least one stays)</source>
        <translation>Quita la clase seleccionada (siempre queda al menos una)</translation>
    </message>
    <message>
        <source>&amp;Paste list…</source>
        <translation>&amp;Pegar lista…</translation>
    </message>
    <message>
        <source>Replace the logits with a list such as 1, 3, 2 or 1; 3; 2</source>
        <translation>Sustituye los logits por una lista como 1, 3, 2 o 1; 3; 2</translation>
    </message>
    <message>
        <source>R&amp;eset to example</source>
        <translation>Vo&amp;lver al ejemplo</translation>
    </message>
    <message>
        <source>Go back to the logits [1, 3, 2] at temperature 1</source>
        <translation>Vuelve a los logits [1, 3, 2] con temperatura 1</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>Logits</translation>
    </message>
    <message>
        <source>Temperature on a log scale from %1 to %2</source>
        <translation>Temperatura en escala logarítmica de %1 a %2</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Temperature T: the logits are divided by T before softmax</source>
        <translation>Temperatura T: los logits se dividen entre T antes de aplicar softmax</translation>
    </message>
    <message>
        <source>Lower T sharpens the probabilities towards the argmax; higher T flattens them towards uniform.</source>
        <translation>Una T menor concentra las probabilidades en el argmax; una T mayor las aplana hacia la distribución uniforme.</translation>
    </message>
    <message>
        <source>Left: softmax probabilities, the argmax highlighted. Right: an independent sigmoid of each logit.</source>
        <translation>Izquierda: probabilidades softmax, con el argmax resaltado. Derecha: una sigmoide independiente de cada logit.</translation>
    </message>
    <message>
        <source>Softmax and sigmoid bar charts</source>
        <translation>Gráficos de barras de softmax y sigmoide</translation>
    </message>
    <message>
        <source>Logits separated by commas or semicolons, for example 1, 3, 2:</source>
        <translation>Logits separados por comas o por punto y coma, por ejemplo 1, 3, 2:</translation>
    </message>
    <message>
        <source>With semicolons between the numbers, “%1” also works as decimal separator.</source>
        <translation>Con punto y coma entre los números, «%1» también sirve como separador decimal.</translation>
    </message>
    <message>
        <source>Paste logits</source>
        <translation>Pegar logits</translation>
    </message>
    <message>
        <source>The logits were not changed.</source>
        <translation>Los logits no se modificaron.</translation>
    </message>
    <message>
        <source>Class name, shown under its bars</source>
        <translation>Nombre de la clase, que se muestra bajo sus barras</translation>
    </message>
    <message>
        <source>Logit of this class; edit it to see the bars change</source>
        <translation>Logit de esta clase; edítalo para ver cómo cambian las barras</translation>
    </message>
    <message>
        <source>T =</source>
        <translation>&amp;T =</translation>
    </message>
    <message>
        <source>&amp;Softmax</source>
        <translation>&amp;Softmax</translation>
    </message>
    <message>
        <source>How softmax turns logits into probabilities</source>
        <translation>Cómo softmax convierte los logits en probabilidades</translation>
    </message>
    <message>
        <source>Edit the logits or drag the temperature to see the probabilities change.</source>
        <translation>Edita los logits o arrastra la temperatura para ver cómo cambian las probabilidades.</translation>
    </message>
</context>
<context>
    <name>activa::ui::TrainingPlotter</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>O exclusivo</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Gaussianas</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Three spirals</source>
        <translation>Tres espirales</translation>
    </message>
    <message>
        <source>Circle and line</source>
        <translation>Círculo y recta</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Sine surface</source>
        <translation>Superficie senoidal</translation>
    </message>
    <message>
        <source>Press Play: the networks learn side by side, on the same points and from the same random start.</source>
        <translation>Pulsa Entrenar: las redes aprenden una junto a otra, con los mismos puntos y desde la misma inicialización aleatoria.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss
(solid: training, dashed: test)</source>
        <translation>pérdida
(continua: entrenamiento; discontinua: prueba)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s hidden units are dead: their gradient is zero at every point, so they no longer learn.</source>
        <translation>El %1 de las unidades ocultas de la red con %2 están muertas: su gradiente es cero en todos los puntos, así que ya no aprenden.</translation>
    </message>
    <message>
        <source>At epoch %1, %2 reaches a test loss of %3.</source>
        <translation>En la época %1, la red con %2 llega a una pérdida de prueba de %3.</translation>
    </message>
    <message>
        <source>At epoch %1, %2 leads with a test loss of %3; %4 has %5.</source>
        <translation>En la época %1, la red con %2 va en cabeza con una pérdida de prueba de %3; la red con %4 tiene %5.</translation>
    </message>
    <message>
        <source>%1
test accuracy %2</source>
        <translation>%1
exactitud en la prueba %2</translation>
    </message>
    <message>
        <source>%1
test loss %2</source>
        <translation>%1
pérdida en la prueba %2</translation>
    </message>
    <message>
        <source>The network with %1 diverged at epoch %2: its loss is no longer a finite number. A smaller learning rate may help.</source>
        <translation>La red con %1 divergió en la época %2: su pérdida ya no es un número finito. Una tasa de aprendizaje menor puede ayudar.</translation>
    </message>
    <message>
        <source>%1&apos;s first layer receives no gradient at all: its derivative is zero wherever it is evaluated, so it cannot learn.</source>
        <translation>La primera capa de la red con %1 no recibe ningún gradiente: su derivada es cero dondequiera que se evalúa, así que no puede aprender.</translation>
    </message>
    <message>
        <source>At epoch %1, %2 reaches %3 test accuracy (test loss %4).</source>
        <translation>En la época %1, la red con %2 alcanza un %3 de exactitud en la prueba (pérdida de prueba %4).</translation>
    </message>
    <message>
        <source>At epoch %1, %2 and %3 are level at %4 test accuracy; their test losses are %5 and %6.</source>
        <translation>En la época %1, la red con %2 y la red con %3 empatan con un %4 de exactitud en la prueba; sus pérdidas de prueba son %5 y %6.</translation>
    </message>
    <message>
        <source>At epoch %1, %2 leads with %3 test accuracy, %4 points ahead of %5; their test losses are %6 and %7.</source>
        <translation>En la época %1, la red con %2 va en cabeza con un %3 de exactitud en la prueba, %4 puntos por delante de la red con %5; sus pérdidas de prueba son %6 y %7.</translation>
    </message>
    <message>
        <source>Early in training, %1&apos;s first layer received %2 of the gradient that %3&apos;s did</source>
        <translation>Al principio del entrenamiento, la primera capa de la red con %1 recibió %2 del gradiente que recibió la de la red con %3</translation>
    </message>
    <message>
        <source>%1, and %2 is behind.</source>
        <translation>%1, y la red con %2 va por detrás.</translation>
    </message>
    <message>
        <source>%1. With SGD a step is as small as its gradient, so %2 learnt less: the vanishing gradient the article warns about.</source>
        <translation>%1. Con SGD cada paso es tan pequeño como su gradiente, así que la red con %2 aprendió menos: el desvanecimiento del gradiente del que avisa el artículo.</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>Multigaussiana</translation>
    </message>
    <message>
        <source>From TensorFlow Playground.</source>
        <translation>De TensorFlow Playground.</translation>
    </message>
    <message>
        <source>Activa&apos;s own: TensorFlow Playground has no such set.</source>
        <translation>Propio de Activa: TensorFlow Playground no tiene este conjunto.</translation>
    </message>
    <message>
        <source>%1, yet %2 learnt as well as %3: Adam scales each step to the size of recent gradients, so a small gradient need not slow learning.</source>
        <translation>%1 y, aun así, la red con %2 aprendió tan bien como la red con %3: Adam ajusta cada paso al tamaño de los gradientes recientes, así que un gradiente pequeño no tiene por qué frenar el aprendizaje.</translation>
    </message>
    <message>
        <source>%1, yet %2 learnt as well as %3.</source>
        <translation>%1 y, aun así, la red con %2 aprendió tan bien como la red con %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden layer(s)</source>
        <translation>
            <numerusform>%n capa oculta</numerusform>
            <numerusform>%n capas ocultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 × %3
%4, learning rate %5 · epoch %6 of %7</source>
        <comment>dataset · hidden layers × units, optimiser, learning rate, epochs</comment>
        <translation>%1 · %2 × %3
%4, tasa de aprendizaje %5 · época %6 de %7</translation>
    </message>
</context>
<context>
    <name>activa::ui::TrainingView</name>
    <message>
        <source>&amp;Play</source>
        <translation>En&amp;trenar</translation>
    </message>
    <message>
        <source>Train every network, epoch after epoch</source>
        <translation>Entrena cada red, época tras época</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Stop after the epoch in progress</source>
        <translation>Se detiene al acabar la época en curso</translation>
    </message>
    <message>
        <source>St&amp;ep</source>
        <translation>Pas&amp;o</translation>
    </message>
    <message>
        <source>Train one more epoch</source>
        <translation>Entrena una época más</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Start again from the untrained networks</source>
        <translation>Vuelve a empezar desde las redes sin entrenar</translation>
    </message>
    <message>
        <source>Loss of every network by epoch, and what each has learnt: the predicted class or value over the plane, with the points on top</source>
        <translation>La pérdida de cada red por época, y lo que ha aprendido cada una: la clase o el valor que predice en el plano, con los puntos encima</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>The points the networks learn, with their problem type</source>
        <translation>Los puntos que aprenden las redes, con su tipo de problema</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <source>The points: training points with a white rim, test points with a dark one</source>
        <translation>Los puntos: los de entrenamiento con borde blanco, los de prueba con borde oscuro</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Puntos:</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <source>Share of the points held out to test what was learnt</source>
        <translation>Parte de los puntos que se reserva para probar lo aprendido</translation>
    </message>
    <message>
        <source>Test share:</source>
        <translation>Parte de prueba:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>Capas ocultas:</translation>
    </message>
    <message>
        <source>Units per layer:</source>
        <translation>Unidades por capa:</translation>
    </message>
    <message>
        <source>The recipe&apos;s for each activation</source>
        <translation>La de la receta para cada activación</translation>
    </message>
    <message>
        <source>Initialisation:</source>
        <translation>Inicialización:</translation>
    </message>
    <message>
        <source>The recipe&apos;s for the problem</source>
        <translation>La de la receta para el problema</translation>
    </message>
    <message>
        <source>Output layer:</source>
        <translation>Capa de salida:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Pérdida:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9</source>
        <translation>SGD con momento 0,9</translation>
    </message>
    <message>
        <source>Optimiser:</source>
        <translation>Optimizador:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamaño del lote:</translation>
    </message>
    <message>
        <source>Weight penalty: (L2 / 2) times the sum of the squared weights</source>
        <translation>Penalización de los pesos: (L2 / 2) por la suma de los pesos al cuadrado</translation>
    </message>
    <message>
        <source>L2 penalty:</source>
        <translation>Penalización L2:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Épocas:</translation>
    </message>
    <message>
        <source>The same seed gives the same points, weights and batches</source>
        <translation>La misma semilla da los mismos puntos, pesos y lotes</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Activations in the race</source>
        <translation>Activaciones en la carrera</translation>
    </message>
    <message>
        <source>Check up to %1 activations; each trains its own network on the same points from the same random start</source>
        <translation>Marca hasta %1 activaciones; cada una entrena su propia red con los mismos puntos y desde la misma inicialización aleatoria</translation>
    </message>
    <message>
        <source>Epoch %1 of %2: done</source>
        <translation>Época %1 de %2: carrera terminada</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Época %1 de %2</translation>
    </message>
    <message>
        <source>How fast the race plays; the results are the same at any pace</source>
        <translation>A qué velocidad avanza la carrera; los resultados son los mismos a cualquier ritmo</translation>
    </message>
    <message>
        <source>How many points the dataset draws, training and test together</source>
        <translation>Cuántos puntos genera el conjunto de datos, de entrenamiento y de prueba juntos</translation>
    </message>
    <message>
        <source>How far the points scatter from the dataset&apos;s clean shape</source>
        <translation>Cuánto se dispersan los puntos respecto de la forma limpia del conjunto de datos</translation>
    </message>
    <message>
        <source>Width of every hidden layer</source>
        <translation>Anchura de cada capa oculta</translation>
    </message>
    <message>
        <source>The output activation; by default the recipe&apos;s for the dataset&apos;s problem</source>
        <translation>La activación de salida; de forma predeterminada, la de la receta para el problema del conjunto de datos</translation>
    </message>
    <message>
        <source>What training minimises; by default the one that matches the output layer</source>
        <translation>Lo que minimiza el entrenamiento; de forma predeterminada, la que corresponde a la capa de salida</translation>
    </message>
    <message>
        <source>How each step changes the weights from their gradients</source>
        <translation>Cómo cambia cada paso los pesos a partir de sus gradientes</translation>
    </message>
    <message>
        <source>Size of each optimisation step</source>
        <translation>Tamaño de cada paso de optimización</translation>
    </message>
    <message>
        <source>Training points per optimisation step</source>
        <translation>Puntos de entrenamiento por paso de optimización</translation>
    </message>
    <message>
        <source>Passes over the training points before the race stops</source>
        <translation>Pasadas por los puntos de entrenamiento antes de que termine la carrera</translation>
    </message>
    <message>
        <source>10 epochs/s</source>
        <translation>10 épocas/s</translation>
    </message>
    <message>
        <source>60 epochs/s</source>
        <translation>60 épocas/s</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>A toda velocidad</translation>
    </message>
    <message>
        <source>Normal, σ = %1</source>
        <translation>Normal, σ = %1</translation>
    </message>
    <message>
        <source>%1 for the others</source>
        <translation>%1 para las demás</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>The recipe&apos;s initialisation for each activation: %1.</source>
        <translation>La inicialización de la receta para cada activación: %1.</translation>
    </message>
    <message>
        <source>Every sigmoid layer passes on at most a quarter of the gradient, so the deeper the network, the less of it reaches sigmoid&apos;s first layer; tanh&apos;s and ReLU&apos;s first layers keep far more.</source>
        <translation>Cada capa sigmoide transmite como mucho una cuarta parte del gradiente, así que cuanto más profunda es la red, menos llega a la primera capa de la sigmoide; las primeras capas de la tanh y la ReLU conservan mucho más.</translation>
    </message>
    <message>
        <source>The same race from the same start with SGD instead of Adam: with SGD a step is as small as its gradient, so a first layer that receives little learns little</source>
        <translation>La misma carrera desde el mismo comienzo con SGD en lugar de Adam: con SGD cada paso es tan pequeño como su gradiente, así que una primera capa que recibe poco aprende poco</translation>
    </message>
    <message>
        <source>The same race from the same start with Adam instead of SGD: Adam scales each step to the size of recent gradients, so a small gradient need not slow learning</source>
        <translation>La misma carrera desde el mismo comienzo con Adam en lugar de SGD: Adam ajusta cada paso al tamaño de los gradientes recientes, así que un gradiente pequeño no tiene por qué frenar el aprendizaje</translation>
    </message>
    <message numerus="yes">
        <source>%n of at most %1 checked.</source>
        <translation>
            <numerusform>%n marcada de un máximo de %1.</numerusform>
            <numerusform>%n marcadas de un máximo de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bring back the race from before the change: its settings, its epochs and its networks, which can go on training</source>
        <translation>Recupera la carrera de antes del cambio: sus ajustes, sus épocas y sus redes, que pueden seguir entrenando</translation>
    </message>
    <message>
        <source>“%1” changed: the race starts again (it had reached epoch %2).</source>
        <translation>Ha cambiado «%1»: la carrera vuelve a empezar (iba por la época %2).</translation>
    </message>
    <message>
        <source>Race again with SG&amp;D</source>
        <translation>Co&amp;mpetir de nuevo con SGD</translation>
    </message>
    <message>
        <source>Race again with A&amp;dam</source>
        <translation>Co&amp;mpetir de nuevo con Adam</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>Race activations on a small network and watch them learn</source>
        <translation>Pon a competir activaciones en una red pequeña y mira cómo aprenden</translation>
    </message>
    <message>
        <source>Check activations, press Play and watch which network learns; change a setting to start again.</source>
        <translation>Marca activaciones, pulsa Entrenar y mira qué red aprende; cambia un ajuste para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The value here must be greater than 0.</source>
        <translation>El valor aquí debe ser mayor que 0.</translation>
    </message>
</context>
<context>
    <name>activa::ui::TypedStore</name>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (línea %2): %3</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se pudo abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a file of functions.</source>
        <translation>«%1» es demasiado grande para ser un archivo de funciones.</translation>
    </message>
</context>
<context>
    <name>activa::ui::UndoNotice</name>
    <message>
        <source>Undo “Show in explorer”</source>
        <translation>Deshacer «Mostrar en las curvas»</translation>
    </message>
    <message>
        <source>Bring back the curves and logits you had before (%1)</source>
        <translation>Recupera las curvas y los logits que tenías antes (%1)</translation>
    </message>
</context>
<context>
    <name>activa::ui::WizardView</name>
    <message>
        <source>Hidden activation</source>
        <translation>Activación de capa oculta</translation>
    </message>
    <message>
        <source>Gate activation</source>
        <translation>Activación de las puertas</translation>
    </message>
    <message>
        <source>Weight initialisation</source>
        <translation>Inicialización de pesos</translation>
    </message>
    <message>
        <source>Input scaling</source>
        <translation>Escalado de entradas</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activación de salida</translation>
    </message>
    <message>
        <source>Output nodes</source>
        <translation>Nodos de salida</translation>
    </message>
    <message>
        <source>Label encoding</source>
        <translation>Codificación de etiquetas</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Si&amp;guiente &gt;</translation>
    </message>
    <message>
        <source>What kind of network are you building?</source>
        <translation>¿Qué tipo de red estás construyendo?</translation>
    </message>
    <message>
        <source>The hidden layers&apos; activation depends on the type of network. All hidden layers normally use the same one.</source>
        <translation>La activación de las capas ocultas depende del tipo de red. Normalmente todas las capas ocultas usan la misma.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Layers of fully connected nodes, for tabular data.</source>
        <translation>Capas de nodos totalmente conectados, para datos tabulares.</translation>
    </message>
    <message>
        <source>Convolution and pooling layers, for images and other grids.</source>
        <translation>Capas de convolución y de pooling, para imágenes y otras cuadrículas.</translation>
    </message>
    <message>
        <source>Layers with a memory of earlier steps (LSTM, GRU), for sequences and time series.</source>
        <translation>Capas con memoria de los pasos anteriores (LSTM, GRU), para secuencias y series temporales.</translation>
    </message>
    <message>
        <source>Start with ReLU, the modern default, then try a few activations and compare.</source>
        <translation>Empieza con ReLU, la opción moderna predeterminada, y luego prueba algunas activaciones y compáralas.</translation>
    </message>
    <message>
        <source>What does the model predict?</source>
        <translation>¿Qué predice el modelo?</translation>
    </message>
    <message>
        <source>The output layer&apos;s activation depends on the prediction: a number, or a class. Predicting a probability is classification, not regression.</source>
        <translation>La activación de la capa de salida depende de la predicción: un número o una clase. Predecir una probabilidad es clasificación, no regresión.</translation>
    </message>
    <message>
        <source>A real number, such as a price or a temperature.</source>
        <translation>Un número real, como un precio o una temperatura.</translation>
    </message>
    <message>
        <source>One or more labels from a fixed set of classes.</source>
        <translation>Una o más etiquetas de un conjunto fijo de clases.</translation>
    </message>
    <message>
        <source>What kind of classification?</source>
        <translation>¿Qué tipo de clasificación?</translation>
    </message>
    <message>
        <source>Whether classes exclude each other decides between softmax and independent sigmoids.</source>
        <translation>Que las clases se excluyan o no entre sí decide entre softmax y sigmoides independientes.</translation>
    </message>
    <message>
        <source>Two classes, such as spam or not spam.</source>
        <translation>Dos clases, como spam o no spam.</translation>
    </message>
    <message>
        <source>More than two mutually exclusive classes: each example has exactly one.</source>
        <translation>Más de dos clases mutuamente excluyentes: cada ejemplo tiene exactamente una.</translation>
    </message>
    <message>
        <source>Several classes that can apply at once, such as the tags of a photo.</source>
        <translation>Varias clases que pueden aplicarse a la vez, como las etiquetas de una foto.</translation>
    </message>
    <message>
        <source>Go back one step; your answers are kept</source>
        <translation>Vuelve un paso atrás; tus respuestas se conservan</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ve al paso siguiente</translation>
    </message>
    <message>
        <source>Clear every answer and start from the first question</source>
        <translation>Borra todas las respuestas y empieza desde la primera pregunta</translation>
    </message>
    <message>
        <source>How to choose a hidden layer activation: click an answer</source>
        <translation>Cómo elegir la activación de una capa oculta: haz clic en una respuesta</translation>
    </message>
    <message>
        <source>How to choose an output layer activation: click an answer</source>
        <translation>Cómo elegir la activación de la capa de salida: haz clic en una respuesta</translation>
    </message>
    <message>
        <source>How many classes?</source>
        <translation>¿Cuántas clases?</translation>
    </message>
    <message>
        <source>The output layer has one node per class, so the count sets its size.</source>
        <translation>La capa de salida tiene un nodo por clase, así que el número de clases fija su tamaño.</translation>
    </message>
    <message>
        <source>Number of classes the model chooses from</source>
        <translation>Número de clases entre las que elige el modelo</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Número de clases</translation>
    </message>
    <message>
        <source>Your layer recipe</source>
        <translation>Tu receta de capas</translation>
    </message>
    <message>
        <source>You were not sure of the network type: ReLU is the modern default to start with. Try a few activations and compare them on your data.</source>
        <translation>No estabas seguro del tipo de red: ReLU es la opción moderna predeterminada para empezar. Prueba algunas activaciones y compáralas con tus datos.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>The recommendation of the article&apos;s two flowcharts</source>
        <translation>La recomendación de los dos diagramas de flujo del artículo</translation>
    </message>
    <message>
        <source>A minimal Keras model with this recipe</source>
        <translation>Un modelo mínimo de Keras con esta receta</translation>
    </message>
    <message>
        <source>A minimal PyTorch model with this recipe</source>
        <translation>Un modelo mínimo de PyTorch con esta receta</translation>
    </message>
    <message>
        <source>Copy the code of the visible tab to the clipboard</source>
        <translation>Copia al portapapeles el código de la pestaña visible</translation>
    </message>
    <message>
        <source>Show in &amp;explorer</source>
        <translation>&amp;Mostrar en las curvas</translation>
    </message>
    <message>
        <source>Plot the recommended activations and their derivatives</source>
        <translation>Dibuja las activaciones recomendadas y sus derivadas</translation>
    </message>
    <message>
        <source>Two exclusive classes are a binary problem: go back and choose Binary, or give at least 3 classes.</source>
        <translation>Dos clases excluyentes son un problema binario: vuelve atrás y elige Binaria, o indica al menos 3 clases.</translation>
    </message>
    <message>
        <source>Multiclass classification needs at least 3 classes.</source>
        <translation>La clasificación multiclase necesita al menos 3 clases.</translation>
    </message>
    <message>
        <source>A single label is a binary problem: go back and choose Binary, or give at least 2 labels.</source>
        <translation>Una sola etiqueta es un problema binario: vuelve atrás y elige Binaria, o indica al menos 2 etiquetas.</translation>
    </message>
    <message>
        <source>Network type</source>
        <translation>Tipo de red</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Classification type</source>
        <translation>Tipo de clasificación</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>C&amp;lases:</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Copiar có&amp;digo</translation>
    </message>
    <message>
        <source>At most %1 classes are supported.</source>
        <translation>Se admiten como máximo %1 clases.</translation>
    </message>
    <message>
        <source>Train the recommended activation against sigmoid and tanh on a dataset of this problem type</source>
        <translation>Entrena la activación recomendada frente a la sigmoide y la tanh con un conjunto de datos de este tipo de problema</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recipe choice: its name, then its name in code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scaled targets</source>
        <translation>Objetivos escalados</translation>
    </message>
    <message>
        <source>Labels 0 and 1</source>
        <translation>Etiquetas 0 y 1</translation>
    </message>
    <message>
        <source>One-hot vectors</source>
        <translation>Vectores one-hot</translation>
    </message>
    <message>
        <source>Multi-hot vectors</source>
        <translation>Vectores multi-hot</translation>
    </message>
    <message>
        <source>The recipe as a Keras model</source>
        <translation>La receta como modelo de Keras</translation>
    </message>
    <message>
        <source>The recipe as a PyTorch model</source>
        <translation>La receta como modelo de PyTorch</translation>
    </message>
    <message>
        <source>T&amp;ry it</source>
        <translation>&amp;Pruébalo</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Wizard</source>
        <translation>Asiste&amp;nte</translation>
    </message>
    <message>
        <source>Walk the article&apos;s two flowcharts to a layer recipe</source>
        <translation>Recorre los dos diagramas de flujo del artículo hasta una receta de capas</translation>
    </message>
    <message>
        <source>Answer the questions, or click an answer in the diagrams.</source>
        <translation>Responde a las preguntas o haz clic en una respuesta de los diagramas.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>slope for negative inputs</source>
        <translation>pendiente para entradas negativas</translation>
    </message>
    <message>
        <source>learnable slope for negative inputs</source>
        <translation>pendiente aprendible para entradas negativas</translation>
    </message>
    <message>
        <source>value approached for very negative inputs, negated</source>
        <translation>valor al que tiende con entradas muy negativas, cambiado de signo</translation>
    </message>
    <message>
        <source>scale of the negative part, keeps it C1</source>
        <translation>escala de la parte negativa; la mantiene C1</translation>
    </message>
    <message>
        <source>sharpness; large beta approaches ReLU</source>
        <translation>agudeza; con beta grande se aproxima a ReLU</translation>
    </message>
    <message>
        <source>lower clip value</source>
        <translation>valor de recorte inferior</translation>
    </message>
    <message>
        <source>upper clip value</source>
        <translation>valor de recorte superior</translation>
    </message>
    <message>
        <source>half-width of the band mapped to 0</source>
        <translation>semiancho de la banda que se lleva a 0</translation>
    </message>
    <message>
        <source>Identity (linear)</source>
        <translation>Identidad (lineal)</translation>
    </message>
    <message>
        <source>f(x) = x</source>
        <translation>f(x) = x</translation>
    </message>
    <message>
        <source>f′(x) = 1</source>
        <translation>f′(x) = 1</translation>
    </message>
    <message>
        <source>The output activation for regression: one linear node, targets normalised or standardised.</source>
        <translation>La activación de salida para regresión: un nodo lineal, con los valores objetivo normalizados o estandarizados.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>f(x) = max(0, x)</source>
        <translation>f(x) = max(0, x)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else 0</source>
        <translation>f′(x) = 1 si x &gt; 0, en otro caso 0</translation>
    </message>
    <message>
        <source>The modern default for hidden layers of MLPs and CNNs: less prone to vanishing gradients than sigmoid and tanh, but units can die (stay at 0 and stop learning). Use He initialisation and inputs scaled to [0, 1].</source>
        <translation>La opción moderna predeterminada para las capas ocultas de los MLP y las CNN: menos propensa al desvanecimiento del gradiente que la sigmoide y la tanh, pero algunas unidades pueden morir (quedarse en 0 y dejar de aprender). Usa inicialización He y entradas escaladas a [0, 1].</translation>
    </message>
    <message>
        <source>f′(0) = 0, as PyTorch autograd.</source>
        <translation>f′(0) = 0, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else negative_slope·x</source>
        <translation>f(x) = x si x &gt; 0, en otro caso negative_slope·x</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else negative_slope</source>
        <translation>f′(x) = 1 si x &gt; 0, en otro caso negative_slope</translation>
    </message>
    <message>
        <source>A small negative slope keeps gradients flowing and avoids dead units.</source>
        <translation>Una pequeña pendiente negativa mantiene el flujo de gradientes y evita las unidades muertas.</translation>
    </message>
    <message>
        <source>f′(0) = negative_slope, as PyTorch autograd.</source>
        <translation>f′(0) = negative_slope, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else a·x</source>
        <translation>f(x) = x si x &gt; 0, en otro caso a·x</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else a</source>
        <translation>f′(x) = 1 si x &gt; 0, en otro caso a</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope is learned.</source>
        <translation>Leaky ReLU cuya pendiente se aprende.</translation>
    </message>
    <message>
        <source>f′(0) = a, as PyTorch autograd. Monotonic for a ≥ 0.</source>
        <translation>f′(0) = a, como autograd de PyTorch. Monótona para a ≥ 0.</translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <source>f(x) = min(max(0, x), 6)</source>
        <translation>f(x) = min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if 0 &lt; x &lt; 6, else 0</source>
        <translation>f′(x) = 1 si 0 &lt; x &lt; 6, en otro caso 0</translation>
    </message>
    <message>
        <source>ReLU capped at 6, used in mobile networks for low-precision arithmetic.</source>
        <translation>ReLU limitada a 6; se usa en redes para móviles con aritmética de baja precisión.</translation>
    </message>
    <message>
        <source>f′(0) = f′(6) = 0, as PyTorch autograd.</source>
        <translation>f′(0) = f′(6) = 0, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else alpha·(eˣ − 1)</source>
        <translation>f(x) = x si x &gt; 0, en otro caso alpha·(eˣ − 1)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else alpha·eˣ</source>
        <translation>f′(x) = 1 si x &gt; 0, en otro caso alpha·eˣ</translation>
    </message>
    <message>
        <source>Smooth negative part pushes mean activations towards zero.</source>
        <translation>Su parte negativa suave acerca a cero la media de las activaciones.</translation>
    </message>
    <message>
        <source>C1 only for alpha = 1. f′(0) = alpha, as PyTorch autograd.</source>
        <translation>C1 solo para alpha = 1. f′(0) = alpha, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>f(x) = λ·x if x &gt; 0, else λ·α·(eˣ − 1)</source>
        <translation>f(x) = λ·x si x &gt; 0, en otro caso λ·α·(eˣ − 1)</translation>
    </message>
    <message>
        <source>f′(x) = λ if x &gt; 0, else λ·α·eˣ</source>
        <translation>f′(x) = λ si x &gt; 0, en otro caso λ·α·eˣ</translation>
    </message>
    <message>
        <source>Self-normalising with LeCun normal initialisation and standardised inputs.</source>
        <translation>Autonormalizante, con inicialización LeCun normal y entradas estandarizadas.</translation>
    </message>
    <message>
        <source>CELU</source>
        <translation>CELU</translation>
    </message>
    <message>
        <source>f(x) = x if x &gt; 0, else alpha·(e^(x/alpha) − 1)</source>
        <translation>f(x) = x si x &gt; 0, en otro caso alpha·(e^(x/alpha) − 1)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if x &gt; 0, else e^(x/alpha)</source>
        <translation>f′(x) = 1 si x &gt; 0, en otro caso e^(x/alpha)</translation>
    </message>
    <message>
        <source>ELU reparametrised so that it is continuously differentiable for every alpha.</source>
        <translation>ELU reparametrizada para que sea continuamente diferenciable para todo alpha.</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>f(x) = x·Φ(x) = ½·x·erfc(−x/√2)</source>
        <translation>f(x) = x·Φ(x) = ½·x·erfc(−x/√2)</translation>
    </message>
    <message>
        <source>f′(x) = Φ(x) + x·φ(x)</source>
        <translation>f′(x) = Φ(x) + x·φ(x)</translation>
    </message>
    <message>
        <source>Default in transformers: a smooth ReLU weighted by the normal distribution.</source>
        <translation>La opción predeterminada en los transformers: una ReLU suave ponderada por la distribución normal.</translation>
    </message>
    <message>
        <source>Exact erf form (PyTorch approximate=&apos;none&apos;).</source>
        <translation>Forma exacta con erf (PyTorch approximate=&apos;none&apos;).</translation>
    </message>
    <message>
        <source>GELU (tanh approximation)</source>
        <translation>GELU (aproximación tanh)</translation>
    </message>
    <message>
        <source>f(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))</source>
        <translation>f(x) = ½·x·(1 + tanh(√(2/π)·(x + 0,044715·x³)))</translation>
    </message>
    <message>
        <source>f′(x) = σ(2u) + x·σ′(2u)·2u′, u = √(2/π)·(x + 0.044715·x³)</source>
        <translation>f′(x) = σ(2u) + x·σ′(2u)·2u′, u = √(2/π)·(x + 0,044715·x³)</translation>
    </message>
    <message>
        <source>The tanh approximation of GELU used by BERT and GPT-2.</source>
        <translation>La aproximación de GELU con tanh que usan BERT y GPT-2.</translation>
    </message>
    <message>
        <source>PyTorch gelu(approximate=&apos;tanh&apos;). Computed as x·σ(2u), free of cancellation.</source>
        <translation>gelu(approximate=&apos;tanh&apos;) de PyTorch. Se calcula como x·σ(2u), sin cancelación numérica.</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>f(x) = x·σ(x)</source>
        <translation>f(x) = x·σ(x)</translation>
    </message>
    <message>
        <source>f′(x) = σ(x)·(1 + x·(1 − σ(x)))</source>
        <translation>f′(x) = σ(x)·(1 + x·(1 − σ(x)))</translation>
    </message>
    <message>
        <source>Smooth, non-monotonic ReLU alternative found by automated search.</source>
        <translation>Alternativa suave y no monótona a ReLU, hallada mediante búsqueda automática.</translation>
    </message>
    <message>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <source>f(x) = x·tanh(softplus(x))</source>
        <translation>f(x) = x·tanh(softplus(x))</translation>
    </message>
    <message>
        <source>f′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x)</source>
        <translation>f′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x)</translation>
    </message>
    <message>
        <source>Smooth, non-monotonic, popular in object detection.</source>
        <translation>Suave y no monótona; popular en detección de objetos.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>f(x) = (1/beta)·ln(1 + e^(beta·x))</source>
        <translation>f(x) = (1/beta)·ln(1 + e^(beta·x))</translation>
    </message>
    <message>
        <source>f′(x) = σ(beta·x)</source>
        <translation>f′(x) = σ(beta·x)</translation>
    </message>
    <message>
        <source>A smooth ReLU; its derivative is the sigmoid.</source>
        <translation>Una ReLU suave; su derivada es la sigmoide.</translation>
    </message>
    <message>
        <source>Computed exactly for every x: PyTorch&apos;s threshold switch to the identity is not used.</source>
        <translation>Se calcula de forma exacta para todo x: no se usa el umbral a partir del cual PyTorch pasa a la identidad.</translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <source>f(x) = x / (1 + |x|)</source>
        <translation>f(x) = x / (1 + |x|)</translation>
    </message>
    <message>
        <source>f′(x) = 1 / (1 + |x|)²</source>
        <translation>f′(x) = 1 / (1 + |x|)²</translation>
    </message>
    <message>
        <source>Like tanh, but approaches its bounds polynomially rather than exponentially.</source>
        <translation>Como tanh, pero se acerca a sus cotas de forma polinómica en lugar de exponencial.</translation>
    </message>
    <message>
        <source>Sigmoid (logistic)</source>
        <translation>Sigmoide (logística)</translation>
    </message>
    <message>
        <source>f(x) = 1 / (1 + e⁻ˣ)</source>
        <translation>f(x) = 1 / (1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>f′(x) = σ(x)·(1 − σ(x))</source>
        <translation>f′(x) = σ(x)·(1 − σ(x))</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</source>
        <translation>f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</translation>
    </message>
    <message>
        <source>f′(x) = 1 − tanh²(x)</source>
        <translation>f′(x) = 1 − tanh²(x)</translation>
    </message>
    <message>
        <source>The default hidden activation from the late 1990s into the 2010s, usually better than sigmoid; still used in recurrent networks. Use Glorot initialisation and inputs scaled to [−1, 1]. Saturates at both ends, so deep stacks of it are prone to vanishing gradients.</source>
        <translation>La activación de capa oculta predeterminada desde finales de la década de 1990 hasta entrada la de 2010, normalmente mejor que la sigmoide; aún se usa en redes recurrentes. Usa inicialización Glorot y entradas escaladas a [−1, 1]. Se satura en ambos extremos, así que las pilas profundas de esta función son propensas al desvanecimiento del gradiente.</translation>
    </message>
    <message>
        <source>Hardtanh</source>
        <translation>Hardtanh</translation>
    </message>
    <message>
        <source>f(x) = min(max(x, min_val), max_val)</source>
        <translation>f(x) = min(max(x, min_val), max_val)</translation>
    </message>
    <message>
        <source>f′(x) = 1 if min_val &lt; x &lt; max_val, else 0</source>
        <translation>f′(x) = 1 si min_val &lt; x &lt; max_val, en otro caso 0</translation>
    </message>
    <message>
        <source>[min_val, max_val]</source>
        <translation>[min_val, max_val]</translation>
    </message>
    <message>
        <source>A piecewise-linear tanh, cheap to compute.</source>
        <translation>Una tanh lineal por tramos, barata de calcular.</translation>
    </message>
    <message>
        <source>f′ = 0 at both ends, as PyTorch autograd. Requires min_val &lt; max_val.</source>
        <translation>f′ = 0 en ambos extremos, como autograd de PyTorch. Requiere min_val &lt; max_val.</translation>
    </message>
    <message>
        <source>Hardsigmoid</source>
        <translation>Hardsigmoid</translation>
    </message>
    <message>
        <source>f(x) = min(max(0, x + 3), 6) / 6</source>
        <translation>f(x) = min(max(0, x + 3), 6) / 6</translation>
    </message>
    <message>
        <source>f′(x) = 1/6 if −3 &lt; x &lt; 3, else 0</source>
        <translation>f′(x) = 1/6 si −3 &lt; x &lt; 3, en otro caso 0</translation>
    </message>
    <message>
        <source>A piecewise-linear sigmoid for mobile networks.</source>
        <translation>Una sigmoide lineal por tramos para redes en dispositivos móviles.</translation>
    </message>
    <message>
        <source>f′(±3) = 0, as PyTorch autograd.</source>
        <translation>f′(±3) = 0, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Hardswish</source>
        <translation>Hardswish</translation>
    </message>
    <message>
        <source>f(x) = x·min(max(0, x + 3), 6) / 6</source>
        <translation>f(x) = x·min(max(0, x + 3), 6) / 6</translation>
    </message>
    <message>
        <source>f′(x) = 0 if x &lt; −3, x/3 + ½ if x ≤ 3, else 1</source>
        <translation>f′(x) = 0 si x &lt; −3, x/3 + ½ si x ≤ 3, en otro caso 1</translation>
    </message>
    <message>
        <source>A piecewise approximation of SiLU from MobileNetV3.</source>
        <translation>Una aproximación por tramos de SiLU, introducida en MobileNetV3.</translation>
    </message>
    <message>
        <source>f′(−3) = −0.5 and f′(3) = 1.5, as PyTorch autograd.</source>
        <translation>f′(−3) = −0,5 y f′(3) = 1,5, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Log-sigmoid</source>
        <translation>Log-sigmoide</translation>
    </message>
    <message>
        <source>f(x) = ln σ(x) = −softplus(−x)</source>
        <translation>f(x) = ln σ(x) = −softplus(−x)</translation>
    </message>
    <message>
        <source>f′(x) = 1 − σ(x)</source>
        <translation>f′(x) = 1 − σ(x)</translation>
    </message>
    <message>
        <source>Log-probabilities of a sigmoid output; numerically stable inside losses.</source>
        <translation>Log-probabilidades de una salida sigmoide; numéricamente estable dentro de las funciones de pérdida.</translation>
    </message>
    <message>
        <source>Tanhshrink</source>
        <translation>Tanhshrink</translation>
    </message>
    <message>
        <source>f(x) = x − tanh(x)</source>
        <translation>f(x) = x − tanh(x)</translation>
    </message>
    <message>
        <source>f′(x) = tanh²(x)</source>
        <translation>f′(x) = tanh²(x)</translation>
    </message>
    <message>
        <source>Flat near zero, linear far away; used in sparse coding.</source>
        <translation>Plana cerca de cero y lineal lejos de él; se usa en codificación dispersa.</translation>
    </message>
    <message>
        <source>Uses the Taylor series near 0, where x − tanh(x) cancels.</source>
        <translation>Usa la serie de Taylor cerca de 0, donde x − tanh(x) pierde precisión por cancelación.</translation>
    </message>
    <message>
        <source>Softshrink</source>
        <translation>Softshrink</translation>
    </message>
    <message>
        <source>f(x) = x − lambd if x &gt; lambd, x + lambd if x &lt; −lambd, else 0</source>
        <translation>f(x) = x − lambd si x &gt; lambd, x + lambd si x &lt; −lambd, en otro caso 0</translation>
    </message>
    <message>
        <source>f′(x) = 1 if |x| &gt; lambd, else 0</source>
        <translation>f′(x) = 1 si |x| &gt; lambd, en otro caso 0</translation>
    </message>
    <message>
        <source>Soft thresholding: shrinks values towards zero, as in sparse coding.</source>
        <translation>Umbralización suave: contrae los valores hacia cero, como en la codificación dispersa.</translation>
    </message>
    <message>
        <source>f′(±lambd) = 0, as PyTorch autograd.</source>
        <translation>f′(±lambd) = 0, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Hardshrink</source>
        <translation>Hardshrink</translation>
    </message>
    <message>
        <source>f(x) = x if |x| &gt; lambd, else 0</source>
        <translation>f(x) = x si |x| &gt; lambd, en otro caso 0</translation>
    </message>
    <message>
        <source>Hard thresholding: zeroes small values, keeps large ones.</source>
        <translation>Umbralización dura: anula los valores pequeños y conserva los grandes.</translation>
    </message>
    <message>
        <source>Discontinuous at ±lambd; f′(±lambd) = 0, as PyTorch autograd.</source>
        <translation>Discontinua en ±lambd; f′(±lambd) = 0, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>Binary step</source>
        <translation>Escalón binario</translation>
    </message>
    <message>
        <source>f(x) = 1 if x ≥ 0, else 0</source>
        <translation>f(x) = 1 si x ≥ 0, en otro caso 0</translation>
    </message>
    <message>
        <source>f′(x) = 0 (a Dirac impulse at 0)</source>
        <translation>f′(x) = 0 (un impulso de Dirac en 0)</translation>
    </message>
    <message>
        <source>The perceptron&apos;s threshold; its zero gradient is why backpropagation needs a differentiable activation.</source>
        <translation>El umbral del perceptrón; su gradiente nulo es la razón por la que la retropropagación necesita una activación diferenciable.</translation>
    </message>
    <message>
        <source>Not in PyTorch. f(0) = 1; f′ = 0 everywhere, as autograd would give.</source>
        <translation>No está en PyTorch. f(0) = 1; f′ = 0 en todas partes, como daría autograd.</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>f(x) = e^(−x²)</source>
        <translation>f(x) = e^(−x²)</translation>
    </message>
    <message>
        <source>f′(x) = −2x·e^(−x²)</source>
        <translation>f′(x) = −2x·e^(−x²)</translation>
    </message>
    <message>
        <source>A radial-basis activation, as in RBF networks.</source>
        <translation>Una activación de base radial, como en las redes RBF.</translation>
    </message>
    <message>
        <source>Not in PyTorch.</source>
        <translation>No está en PyTorch.</translation>
    </message>
    <message>
        <source>Bent identity</source>
        <translation>Identidad curvada</translation>
    </message>
    <message>
        <source>f(x) = (√(x² + 1) − 1)/2 + x</source>
        <translation>f(x) = (√(x² + 1) − 1)/2 + x</translation>
    </message>
    <message>
        <source>f′(x) = x / (2·√(x² + 1)) + 1</source>
        <translation>f′(x) = x / (2·√(x² + 1)) + 1</translation>
    </message>
    <message>
        <source>Near-linear and smooth, with a gentle bend.</source>
        <translation>Casi lineal y suave, con una leve curvatura.</translation>
    </message>
    <message>
        <source>Sinusoid</source>
        <translation>Sinusoide</translation>
    </message>
    <message>
        <source>f(x) = sin(x)</source>
        <translation>f(x) = sin(x)</translation>
    </message>
    <message>
        <source>f′(x) = cos(x)</source>
        <translation>f′(x) = cos(x)</translation>
    </message>
    <message>
        <source>Periodic; used in implicit neural representations (SIREN).</source>
        <translation>Periódica; se usa en representaciones neuronales implícitas (SIREN).</translation>
    </message>
    <message>
        <source>Not in PyTorch. sin has no limit at ±∞, so value and derivative there are NaN.</source>
        <translation>No está en PyTorch. El seno no tiene límite en ±∞, así que allí el valor y la derivada son NaN.</translation>
    </message>
    <message>
        <source>Network type?</source>
        <translation>¿Tipo de red?</translation>
    </message>
    <message>
        <source>Tanh and/or Sigmoid</source>
        <translation>Tanh o sigmoide (o ambas)</translation>
    </message>
    <message>
        <source>Multilayer Perceptron (MLP)</source>
        <translation>Perceptrón multicapa (MLP)</translation>
    </message>
    <message>
        <source>Convolutional Neural Net (CNN)</source>
        <translation>Red neuronal convolucional (CNN)</translation>
    </message>
    <message>
        <source>Recurrent Neural Net (RNN)</source>
        <translation>Red neuronal recurrente (RNN)</translation>
    </message>
    <message>
        <source>Problem type?</source>
        <translation>¿Tipo de problema?</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Classification type?</source>
        <translation>¿Tipo de clasificación?</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaria</translation>
    </message>
    <message>
        <source>Multiclass</source>
        <translation>Multiclase</translation>
    </message>
    <message>
        <source>Multilabel</source>
        <translation>Multietiqueta</translation>
    </message>
    <message>
        <source>How to choose a hidden layer activation function</source>
        <translation>Cómo elegir la función de activación de una capa oculta</translation>
    </message>
    <message>
        <source>How to choose an output layer activation function</source>
        <translation>Cómo elegir la función de activación de la capa de salida</translation>
    </message>
    <message>
        <source>Recurrent networks still use tanh for their hidden state and output, where ReLU&apos;s unbounded growth would compound over time.</source>
        <translation>Las redes recurrentes siguen usando tanh para su estado oculto y su salida, donde el crecimiento no acotado de ReLU se acumularía a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Gated cells such as the LSTM use sigmoid for their recurrent gates, as a 0-to-1 valve.</source>
        <translation>Las celdas con puertas, como la LSTM, usan la sigmoide en sus puertas recurrentes, como una válvula de 0 a 1.</translation>
    </message>
    <message>
        <source>Glorot (Xavier) initialisation keeps the variance of tanh and sigmoid layers steady from layer to layer.</source>
        <translation>La inicialización Glorot (Xavier) mantiene estable la varianza de las capas tanh y sigmoide de una capa a la siguiente.</translation>
    </message>
    <message>
        <source>Tanh is centred on zero, so inputs scaled to -1..1 use its whole range.</source>
        <translation>Tanh está centrada en cero, así que las entradas escaladas a -1..1 aprovechan todo su rango.</translation>
    </message>
    <message>
        <source>ReLU is the modern default for multilayer perceptrons and convolutional networks: simple, fast and less prone to vanishing gradients than sigmoid and tanh.</source>
        <translation>ReLU es la opción moderna predeterminada para perceptrones multicapa y redes convolucionales: simple, rápida y menos propensa al desvanecimiento del gradiente que la sigmoide y la tanh.</translation>
    </message>
    <message>
        <source>He initialisation is designed for ReLU, which zeroes half of its inputs.</source>
        <translation>La inicialización He está pensada para ReLU, que anula la mitad de sus entradas.</translation>
    </message>
    <message>
        <source>ReLU networks train best on inputs scaled to the range 0 to 1.</source>
        <translation>Las redes con ReLU se entrenan mejor con entradas escaladas al rango de 0 a 1.</translation>
    </message>
    <message>
        <source>A regression predicts an unbounded real value, so the output node passes its weighted sum through unchanged.</source>
        <translation>Una regresión predice un valor real no acotado, así que el nodo de salida deja pasar su suma ponderada sin cambios.</translation>
    </message>
    <message>
        <source>One node predicts the one numeric target.</source>
        <translation>Un solo nodo predice el único valor objetivo numérico.</translation>
    </message>
    <message>
        <source>Targets are normalised or standardised, like the inputs.</source>
        <translation>Los valores objetivo se normalizan o estandarizan, igual que las entradas.</translation>
    </message>
    <message>
        <source>Mean squared error is the usual loss for a real-valued target.</source>
        <translation>El error cuadrático medio es la pérdida habitual para un objetivo de valor real.</translation>
    </message>
    <message>
        <source>One sigmoid node gives the probability of the positive class.</source>
        <translation>Un nodo sigmoide da la probabilidad de la clase positiva.</translation>
    </message>
    <message>
        <source>Two exclusive classes need only one probability; the other is its complement.</source>
        <translation>Dos clases excluyentes solo necesitan una probabilidad; la otra es su complemento.</translation>
    </message>
    <message>
        <source>Targets are 0 or 1; round the predicted probability to get the label.</source>
        <translation>Los valores objetivo son 0 o 1; redondea la probabilidad predicha para obtener la etiqueta.</translation>
    </message>
    <message>
        <source>Binary cross-entropy (log loss) matches a sigmoid probability.</source>
        <translation>La entropía cruzada binaria (pérdida logarítmica) corresponde a una probabilidad sigmoide.</translation>
    </message>
    <message>
        <source>Softmax turns one score per class into probabilities that sum to 1, for mutually exclusive classes.</source>
        <translation>Softmax convierte una puntuación por clase en probabilidades que suman 1, para clases mutuamente excluyentes.</translation>
    </message>
    <message>
        <source>One node per class.</source>
        <translation>Un nodo por clase.</translation>
    </message>
    <message>
        <source>Targets are one-hot vectors; the predicted label is the argmax of the probabilities.</source>
        <translation>Los valores objetivo son vectores con codificación one-hot; la etiqueta predicha es el argmax de las probabilidades.</translation>
    </message>
    <message>
        <source>Categorical cross-entropy compares the softmax distribution with the one-hot target.</source>
        <translation>La entropía cruzada categórica compara la distribución softmax con el objetivo one-hot.</translation>
    </message>
    <message>
        <source>Classes are not exclusive, so each node gets its own independent sigmoid probability.</source>
        <translation>Las clases no son excluyentes, así que cada nodo tiene su propia probabilidad sigmoide independiente.</translation>
    </message>
    <message>
        <source>Targets are multi-hot vectors: a 1 for every class that applies.</source>
        <translation>Los valores objetivo son vectores multi-hot: un 1 por cada clase que corresponda.</translation>
    </message>
    <message>
        <source>Binary cross-entropy on every node treats each class as its own yes/no question.</source>
        <translation>La entropía cruzada binaria en cada nodo trata cada clase como una pregunta propia de sí/no.</translation>
    </message>
    <message>
        <source>Glorot (Xavier) uniform</source>
        <translation>Glorot (Xavier) uniforme</translation>
    </message>
    <message>
        <source>Glorot (Xavier) normal</source>
        <translation>Glorot (Xavier) normal</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He uniforme</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He normal</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun normal</translation>
    </message>
    <message>
        <source>Binary: a disc of one class inside a ring of the other</source>
        <translation>Binaria: un disco de una clase dentro de un anillo de la otra</translation>
    </message>
    <message>
        <source>Binary: points whose coordinates have the same sign</source>
        <translation>Binaria: los puntos cuyas coordenadas tienen el mismo signo</translation>
    </message>
    <message>
        <source>Binary: two Gaussian clouds</source>
        <translation>Binaria: dos nubes gaussianas</translation>
    </message>
    <message>
        <source>Binary: two interleaved spiral arms</source>
        <translation>Binaria: dos brazos de espiral entrelazados</translation>
    </message>
    <message>
        <source>Multiclass: three interleaved spiral arms</source>
        <translation>Multiclase: tres brazos de espiral entrelazados</translation>
    </message>
    <message>
        <source>Multilabel: inside the circle, and above the line; a point can be both</source>
        <translation>Multietiqueta: dentro del círculo y por encima de la recta; un punto puede ser ambas cosas</translation>
    </message>
    <message>
        <source>Regression: a tilted plane</source>
        <translation>Regresión: un plano inclinado</translation>
    </message>
    <message>
        <source>Regression: a sine surface, sin(x/2)·cos(y/2)</source>
        <translation>Regresión: una superficie senoidal, sin(x/2)·cos(y/2)</translation>
    </message>
    <message>
        <source>Normal with a chosen σ</source>
        <translation>Normal con σ elegida</translation>
    </message>
    <message>
        <source>α = 1.6732632423543772848, λ = 1.0507009873554804934 (full precision). f′(0) = λα, as PyTorch autograd.</source>
        <translation>α = 1,6732632423543772848, λ = 1,0507009873554804934 (precisión completa). f′(0) = λα, como autograd de PyTorch.</translation>
    </message>
    <message>
        <source>The default hidden activation in the 1990s; today the output for binary and multilabel classification. Use Glorot (Xavier) initialisation and inputs scaled to [0, 1]. Its slope is at most ¼, so every layer of a deep stack shrinks the gradient, saturated or not: deep sigmoid networks are prone to vanishing gradients. RNN gates (LSTM) use it.</source>
        <translation>La activación de capa oculta predeterminada en la década de 1990; hoy, la de salida para clasificación binaria y multietiqueta. Usa inicialización Glorot (Xavier) y entradas escaladas a [0, 1]. Su pendiente es como mucho ¼, así que cada capa de una pila profunda encoge el gradiente, esté saturada o no: las redes sigmoides profundas son propensas al desvanecimiento del gradiente. La usan las puertas de las RNN (LSTM).</translation>
    </message>
    <message>
        <source>Regression: six bumps in two rows, of height 1 and −1 in turn</source>
        <translation>Regresión: seis montículos en dos filas, de altura 1 y −1 alternadas</translation>
    </message>
    <message>
        <source>%1 has no built-in layer in both libraries; ReLU stands in for it</source>
        <translation>%1 no tiene una capa integrada en ambas bibliotecas; la ReLU ocupa su lugar</translation>
    </message>
    <message>
        <source>standardise inputs to zero mean and unit variance</source>
        <translation>estandariza las entradas a media cero y varianza uno</translation>
    </message>
    <message>
        <source>scale inputs to %1 (divide 8-bit pixel values by 255)</source>
        <translation>escala las entradas a %1 (divide entre 255 los valores de píxel de 8 bits)</translation>
    </message>
    <message>
        <source>scale inputs to %1</source>
        <translation>escala las entradas a %1</translation>
    </message>
    <message>
        <source>multilayer perceptron (MLP)</source>
        <translation>perceptrón multicapa (MLP)</translation>
    </message>
    <message>
        <source>convolutional network (CNN)</source>
        <translation>red convolucional (CNN)</translation>
    </message>
    <message>
        <source>recurrent network (RNN) with LSTM cells</source>
        <translation>red recurrente (RNN) con celdas LSTM</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>clasificación binaria</translation>
    </message>
    <message>
        <source>multiclass classification with %1 classes</source>
        <translation>clasificación multiclase con %1 clases</translation>
    </message>
    <message>
        <source>multilabel classification with %1 labels</source>
        <translation>clasificación multietiqueta con %1 etiquetas</translation>
    </message>
    <message>
        <source>Activa recipe: %1 for %2.</source>
        <translation>Receta de Activa: %1 para %2.</translation>
    </message>
    <message>
        <source>inputs: %1 features per sample</source>
        <translation>entradas: %1 características por muestra</translation>
    </message>
    <message>
        <source>inputs: %1x%1 greyscale images, shape (batch, 1, %1, %1); adjust the layers for other sizes</source>
        <translation>entradas: imágenes en escala de grises de %1x%1, forma (batch, 1, %1, %1); ajusta las capas para otros tamaños</translation>
    </message>
    <message>
        <source>inputs: %1x%1 greyscale images, shape (%1, %1, 1); change the Input shape for other data</source>
        <translation>entradas: imágenes en escala de grises de %1x%1, forma (%1, %1, 1); cambia la forma de Input para otros datos</translation>
    </message>
    <message>
        <source>inputs: sequences of %1 time steps with %2 features each</source>
        <translation>entradas: secuencias de %1 pasos de tiempo con %2 características cada uno</translation>
    </message>
    <message>
        <source>targets: real values, scaled like the inputs</source>
        <translation>objetivos: valores reales, escalados como las entradas</translation>
    </message>
    <message>
        <source>targets: 0 or 1</source>
        <translation>objetivos: 0 o 1</translation>
    </message>
    <message>
        <source>targets: one-hot vectors, one column per class</source>
        <translation>objetivos: vectores one-hot, una columna por clase</translation>
    </message>
    <message>
        <source>targets: multi-hot vectors, a 1 for every class that applies</source>
        <translation>objetivos: vectores multi-hot, un 1 por cada clase que corresponde</translation>
    </message>
    <message>
        <source>targets: real values scaled like the inputs, float, shape (batch, %1)</source>
        <translation>objetivos: valores reales escalados como las entradas, float, forma (batch, %1)</translation>
    </message>
    <message>
        <source>targets: multi-hot float vectors, a 1.0 for every class that applies</source>
        <translation>objetivos: vectores multi-hot de tipo float, un 1 por cada clase que corresponde</translation>
    </message>
    <message>
        <source>targets: 0.0 or 1.0, float, shape (batch, 1)</source>
        <translation>objetivos: 0 o 1 de tipo float, forma (batch, 1)</translation>
    </message>
    <message>
        <source>the sigmoid is applied inside the loss for numerical stability;</source>
        <translation>la sigmoide se aplica dentro de la pérdida por estabilidad numérica;</translation>
    </message>
    <message>
        <source>at prediction time torch.sigmoid(logits) gives each class&apos;s probability</source>
        <translation>al predecir, torch.sigmoid(logits) da la probabilidad de cada clase</translation>
    </message>
    <message>
        <source>at prediction time torch.sigmoid(logits) gives the probability</source>
        <translation>al predecir, torch.sigmoid(logits) da la probabilidad</translation>
    </message>
    <message>
        <source>targets: class indices 0..%1 (int64), or equivalently one-hot float vectors</source>
        <translation>objetivos: índices de clase de 0 a %1 (int64), o bien vectores one-hot de tipo float</translation>
    </message>
    <message>
        <source>the softmax is applied inside the loss for numerical stability;</source>
        <translation>la softmax se aplica dentro de la pérdida por estabilidad numérica;</translation>
    </message>
    <message>
        <source>at prediction time torch.softmax(logits, dim=1) gives the probabilities</source>
        <translation>al predecir, torch.softmax(logits, dim=1) da las probabilidades</translation>
    </message>
    <message>
        <source>nn.LSTM always uses sigmoid for its gates and tanh for its cell and hidden state, internally</source>
        <translation>nn.LSTM siempre usa internamente la sigmoide en sus puertas y la tanh en su celda y su estado oculto</translation>
    </message>
    <message>
        <source>as Keras does</source>
        <translation>como hace Keras</translation>
    </message>
    <message>
        <source>(batch, time, %1)</source>
        <translation>(batch, tiempo, %1)</translation>
    </message>
    <message>
        <source>the last time step</source>
        <translation>el último paso de tiempo</translation>
    </message>
    <message>
        <source>1x%1x%1 -&gt; %2x%3x%3 after the convolution -&gt; %2x%4x%4 after pooling</source>
        <translation>1x%1x%1 -&gt; %2x%3x%3 tras la convolución -&gt; %2x%4x%4 tras el pooling</translation>
    </message>
</context>
</TS>
