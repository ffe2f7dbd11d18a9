### Los textos de la base de conocimiento, en español, con los mismos ids que el inglés
### (knowledge/*.toml guarda una sola vez las fuentes y la solidez de cada afirmación).
### Registro: usted; palabras sencillas, para una persona mayor leyendo de noche.

## Solidez de la evidencia, como se muestra junto a cada afirmación.

strength-strong = evidencia sólida
strength-moderate = evidencia moderada
strength-weak = evidencia débil
strength-mixed = evidencia contradictoria
strength-expert_advice = consejo de expertos, no probado en ensayos
strength-descriptive = información de contexto

## La guía: temas y sus afirmaciones. Regla de redacción: escribirlo con palabras propias;
## nunca copiar una frase del artículo ni de una fuente.

topic-urgent-title = Cuándo pedir ayuda ya
topic-urgent-summary = Señales que necesitan atención hoy mismo, o una llamada de emergencia, diga lo que diga el resto de esta guía o su diario.
statement-urgent-emergency = Llame a emergencias (112, 911 o 999) si los síntomas de la pierna vienen con falta de aire repentina, dolor en el pecho que empeora al respirar hondo o tos con sangre.
statement-urgent-spine = Vaya ahora a urgencias si el dolor de espalda o de piernas viene con adormecimiento nuevo alrededor de las nalgas o entre las piernas, dificultad nueva para empezar, parar o notar la orina, pérdidas de orina, pérdida del control de las heces, o debilidad o adormecimiento en las dos piernas. Puede significar que los nervios de la base de la columna están comprimidos (síndrome de la cola de caballo), que necesita tratamiento en pocas horas.
statement-urgent-clot = Busque atención urgente ese mismo día si una pierna está hinchada, caliente, o más roja u oscura que la otra, o si sus venas están duras o duelen; o si el dolor de una pantorrilla sigue entre calambre y calambre, empeora al estar de pie o al caminar, o no se alivia al estirarla. Basta con una sola de estas señales: puede ser un coágulo de sangre (trombosis venosa profunda), no un calambre.
statement-urgent-wont_release = Busque atención médica enseguida si un calambre sigue duro después de más de 10 minutos estirando.
statement-urgent-other_signs = Vea a un médico enseguida si también tiene calambres en el pecho, los brazos o el vientre; si pierde fuerza o sensibilidad en alguna parte, y es nuevo; si ve músculos que tiemblan bajo la piel; o si los calambres llegan tras perder mucho líquido por vómitos, diarrea o sudor, o tras empezar o subir un medicamento para orinar (diurético).
statement-urgent-toxin = Busque atención médica enseguida si los calambres empezaron después de tocar un tóxico como el plomo o el mercurio, o después de una herida sucia (el tétanos puede causar calambres).
statement-urgent-statin = Si toma una estatina y tiene un dolor fuerte o sensibilidad en muchos músculos, debilidad muscular nueva, u orina oscura, del color de la cola, pida ayuda médica hoy y diga que toma una estatina. Las molestias más leves tras empezar una estatina son para comentarlas con quien se la recetó.
statement-urgent-pregnancy = Durante el embarazo, contacte enseguida con su matrona o su médico si el dolor de piernas no se alivia, es fuerte, o viene con hinchazón, calor, enrojecimiento o dificultad para caminar.

topic-what-title = Qué son los calambres nocturnos
topic-what-summary = Un endurecimiento súbito y doloroso de un músculo de la pierna mientras descansa o duerme, que se suelta al estirar. No es el síndrome de piernas inquietas.
statement-what-definition = Un calambre nocturno es un músculo de la pierna o del pie que se contrae de golpe y solo, casi siempre en la cama. El músculo se nota duro al tocarlo y duele.
statement-what-where = Lo más frecuente es en la pantorrilla. Después vienen el pie y los dedos del pie; en el muslo es mucho menos común.
statement-what-how_long = La mayoría de los calambres se sueltan en segundos o pocos minutos; hasta 10 minutos sigue siendo lo habitual. El músculo puede quedar dolorido durante horas, a veces hasta un día.
statement-what-release = Lo que suelta el calambre es estirar con fuerza el músculo (tirar de los dedos del pie hacia usted si es la pantorrilla). Que se suelte al estirar es una de las señas de un calambre de verdad.
statement-what-not_rls = El síndrome de piernas inquietas es otra cosa: unas ganas de mover las piernas, a menudo con sensaciones raras, que aumentan al estar sentado o tumbado, son peores por la tarde y por la noche, y se alivian mientras se mueve. El dolor no es lo principal, y nada se queda duro.
statement-what-not_plmd = Las sacudidas pequeñas y repetidas de las piernas durante el sueño, que usted no nota y que a menudo ve quien duerme a su lado, son otra cosa distinta (movimientos periódicos de las extremidades). Solo un estudio del sueño puede mostrarlas.
statement-what-sleep = Como despiertan, los calambres frecuentes pueden dejarle cansado al día siguiente.

topic-who-title = A quién le dan
topic-who-summary = Son comunes a cualquier edad adulta, y más con los años, en el embarazo, con el entrenamiento intenso y con algunas enfermedades.
statement-who-adults = nightcramp está hecho para adultos: los estudios en los que se basa, y sus límites, son de adultos. Si un niño o un adolescente tiene dolor de piernas por la noche, consulte a un médico en lugar de guiarse por esta guía.
statement-who-common = La mayoría de los adultos tiene algún calambre nocturno en su vida. Entre los mayores de 50 años, entre un tercio y la mitad los tiene con regularidad, y la proporción sube con la edad.
statement-who-older = Las personas mayores son el grupo más afectado. Cerca de cuatro de cada diez mayores de 60 años con calambres tienen tres o más a la semana.
statement-who-pregnancy = Entre un tercio y la mitad de las mujeres embarazadas tienen calambres en las piernas, sobre todo en los tres últimos meses del embarazo.
statement-who-athletes = Las personas que entrenan fuerte, o que aumentan el entrenamiento de golpe, los tienen con más facilidad.
statement-who-conditions = Algunas enfermedades van unidas a más calambres: la diabetes, las enfermedades del riñón (también la diálisis), los problemas de tiroides, el daño de los nervios de las piernas, el estrechamiento de la parte baja de la columna, la mala circulación de las piernas y la cirrosis del hígado.
statement-who-season = Los calambres son más frecuentes en verano: en la población, más o menos se duplican desde lo más bajo del invierno hasta lo más alto del verano. Téngalo en cuenta al comparar una estación con otra.

topic-causes-title = Qué los desencadena
topic-causes-summary = Seis causas frecuentes: músculos cansados, poco líquido, mala circulación, nervios pinzados, algunos medicamentos y enfermedades, y la postura en la cama.
statement-causes-fatigue = Músculos cansados o sobrecargados: un día largo de pie, un ejercicio duro o un aumento brusco de la actividad. Lo más probable es que la mayoría de los calambres vengan del cansancio del músculo junto con un fallo en la señal del nervio.
statement-causes-fluids = Beber poco, o perder mucho líquido con el sudor, puede hacer más probables los calambres; mucho café o mucho alcohol pueden aumentar esa pérdida. Las sales bajas en la sangre (electrolitos) pueden influir, pero explican menos calambres de lo que se cree.
statement-causes-circulation = Que llegue menos sangre a las piernas, por problemas de circulación o por pasar mucho rato sentado, puede hacer los músculos más irritables.
statement-causes-nerves = Un nervio pinzado o irritado en la parte baja de la espalda, como ocurre cuando se estrecha el canal de la columna, puede alterar las señales hacia las piernas y provocar calambres.
statement-causes-medicines = Algunos medicamentos se relacionan con los calambres. Las relaciones mejor medidas son las de los inhaladores broncodilatadores de acción larga (LABA) y las de los diuréticos ahorradores de potasio y tipo tiazida; con las estatinas y los diuréticos de asa la relación es pequeña. Si toma alguno, háblelo con quien se lo recetó o con su farmacéutico. Ningún medicamento se deja por cuenta propia.
statement-causes-conditions = Enfermedades como la diabetes, las del riñón, las de tiroides o el daño de los nervios pueden estar detrás de los calambres frecuentes.
statement-causes-position = Dormir con las puntas de los pies estiradas hacia abajo, o con mantas pesadas o muy remetidas que empujan los pies hacia abajo, mantiene la pantorrilla encogida durante horas, y eso puede hacer más probable el calambre.

topic-prevention-title = Qué puede prevenirlos
topic-prevention-summary = Cinco pasos para prevenirlos: beber a lo largo del día, estirar antes de acostarse, cambiar la postura en la cama, preguntar a su médico antes de tomar suplementos y mantenerse activo con suavidad. Ninguno está probado para todo el mundo: su diario muestra lo que le funciona a usted.
statement-prevention-fluids = Beba a lo largo del día en vez de todo de una vez por la noche, y más cuando sude mucho. Una orina de color amarillo claro es una señal sencilla de que bebe lo suficiente. Tomar menos alcohol y menos café también puede ayudar. Ningún ensayo ha probado los líquidos contra los calambres nocturnos.
statement-prevention-fluids_limited = Con insuficiencia cardiaca, enfermedad del riñón o cirrosis, cuánto beber lo debe decir su médico o su equipo de salud: algunas personas necesitan un límite diario. Pregúnteles cuánto es lo adecuado para usted y siga eso, en lugar de simplemente beber más.
statement-prevention-stretch = Estire las pantorrillas (y la parte de atrás de los muslos) todas las noches justo antes de acostarse. Un ensayo en personas mayores encontró calambres menos frecuentes y más leves tras seis semanas; otro, en personas que ya tomaban quinina, no encontró diferencia. Tiene poco riesgo y vale la pena probarlo seis semanas: vea la rutina de estiramiento.
statement-prevention-stretch-evidence = evidencia contradictoria, poco riesgo
statement-prevention-position = Evite dormir con las puntas de los pies estiradas; deje las mantas sueltas a los pies de la cama. Dormir boca arriba con una almohada bajo las rodillas o los tobillos mantiene las piernas en una postura neutra.
statement-prevention-magnesium = El magnesio se vende mucho para los calambres, pero los buenos ensayos muestran que es poco probable que ayude a la mayoría de los adultos con calambres nocturnos corrientes. En el embarazo, los estudios se contradicen y son de poca calidad. Pregunte a su médico, farmacéutico o matrona antes de tomar cualquier suplemento, sobre todo si toma otros medicamentos.
statement-prevention-magnesium-evidence = evidencia moderada de que no ayuda a la mayoría de los adultos
statement-prevention-move = Una actividad suave durante el día (caminar, nadar, yoga, estiramientos) mantiene las piernas flexibles y la sangre en movimiento. Unos minutos en bicicleta estática o un masaje corto de piernas antes de acostarse también pueden ayudar.

topic-stretch-title = El estiramiento de pantorrilla antes de dormir
topic-stretch-summary = De cara a una pared, la pierna de atrás recta con el talón en el suelo, inclínese hasta notar tirantez en la pantorrilla, aguante 30 segundos y cambie de pierna. Todas las noches, justo antes de acostarse.
statement-stretch-step1 = Póngase a un brazo de distancia de una pared y apoye las dos manos en ella a la altura de los hombros.
statement-stretch-step2 = Lleve un pie hacia atrás. Mantenga esa pierna recta y apoye bien el talón en el suelo.
statement-stretch-step3 = Doble la rodilla de delante e inclínese despacio hacia la pared hasta notar una tirantez firme pero cómoda en la pantorrilla de atrás. Nunca debe doler.
statement-stretch-step4 = Quédese quieto 30 segundos sin dejar de respirar.
statement-stretch-step5 = Cambie de pierna y haga lo mismo con la otra: 30 segundos cada lado.
statement-stretch-seated = Si le cuesta estar de pie, siéntese con la pierna estirada y tire de los dedos del pie hacia usted, con una toalla alrededor del pie si la necesita.
statement-stretch-review = Estire cada noche durante seis semanas antes de juzgar el resultado; su diario mostrará si sus calambres cambiaron.
statement-stretch-review-evidence = evidencia contradictoria, poco riesgo

topic-during-title = Durante un calambre
topic-during-summary = Tire de los dedos del pie hacia usted, apoye el peso en la pierna, frote el músculo. La mayoría de los calambres se sueltan en minutos; si sigue duro tras 10 minutos estirando, necesita atención enseguida.
statement-during-dorsiflex = Estire la pierna y tire de los dedos del pie hacia la rodilla. Así se estira la pantorrilla y casi siempre se suelta.
statement-during-stand = Si puede, levántese y apoye el peso en la pierna del calambre, o dé unos pasos.
statement-during-massage = Frote con firmeza el músculo endurecido. Después, el calor (una ducha o un baño templados) puede aliviar el dolor que queda.
statement-during-painkillers = Los analgésicos actúan demasiado despacio para parar un calambre, aunque pueden aliviar el dolor de después.
statement-during-wont_release = Un calambre que no se suelta tras más de 10 minutos, aunque lo estire, necesita atención médica enseguida.

topic-doctor-title = Cuándo ir al médico
topic-doctor-summary = Cuatro señales para pedir una cita normal: calambres frecuentes, fuertes o que van a peor, más largos de lo normal, o que no mejoran con estos hábitos. Las señales que necesitan ayuda ya van primero en esta guía.
statement-doctor-frequent = Vaya al médico si los calambres son frecuentes: cada noche, o más de tres a la semana durante un par de semanas.
statement-doctor-severe = Vaya al médico si los calambres son fuertes, o si claramente van a peor a lo largo de varias semanas.
statement-doctor-long = Vaya al médico si un calambre dura más de 10 minutos; es más de lo que duran los calambres nocturnos corrientes.
statement-doctor-not_improving = Vaya al médico si los calambres siguen apareciendo tras varias semanas de hábitos de prevención constantes, como estirar cada noche.
statement-doctor-sleep = Vaya al médico si los calambres le siguen quitando el sueño o le dejan cansado durante el día.
statement-doctor-other_signs = Pida cita si los músculos de las piernas se van debilitando o haciendo más pequeños, si tiene las dos piernas hinchadas, o si tiene adormecimiento en las piernas desde hace un tiempo (la debilidad o la pérdida de sensibilidad nuevas necesitan un médico enseguida). El dolor de pantorrilla que aparece al caminar y se va al descansar necesita un médico en un día o dos: puede venir de arterias estrechadas en las piernas.
statement-doctor-usually_harmless = Los calambres de vez en cuando son frecuentes y casi siempre inofensivos. Un médico suele saber lo que pasa hablando con usted y explorándole; solo hacen falta pruebas si sospecha otra causa.

topic-treatments-title = Medicamentos y suplementos
topic-treatments-summary = Ningún medicamento es una buena solución de rutina. La quinina no se recomienda. Es poco probable que el magnesio ayude a la mayoría de los adultos. Ningún medicamento se deja sin hablar con quien se lo recetó.
statement-treatments-quinine = La quinina no se recomienda para los calambres de las piernas. Ayuda muy poco y puede causar problemas de la sangre y del riñón raros pero que ponen en peligro la vida; las autoridades sanitarias advierten contra su uso para los calambres. Si ya la toma, pregunte a quien se la recetó si todavía la necesita, y mientras tanto siga sus indicaciones, con una excepción que da la propia guía del medicamento: moratones o sangrado (vea más abajo).
statement-treatments-quinine-evidence = evidencia sólida de daños raros pero graves; ayuda muy poco
statement-treatments-quinine_warning = Si toma quinina y le salen moratones con facilidad, sangra mucho por la nariz, ve sangre en la orina o en las heces, le sangran las encías o le aparecen manchas raras en la piel de color morado, marrón o rojo, la propia guía del medicamento dice que deje de tomarla y pida ayuda médica enseguida.
statement-treatments-magnesium = Para la mayoría de los adultos con calambres nocturnos corrientes, las pastillas de magnesio funcionan más o menos igual que una pastilla sin medicamento. En el embarazo, los ensayos no coinciden.
statement-treatments-magnesium-evidence = evidencia moderada de que no ayuda a la mayoría de los adultos
statement-treatments-review_medicines = Si los calambres empezaron o empeoraron después de empezar un medicamento nuevo, pida a su médico o farmacéutico que revise sus medicamentos. Siga tomándolo hasta que le digan otra cosa.
statement-treatments-no_miracle = El jugo de pepinillos, la vitamina E, la gabapentina y remedios parecidos no tienen buena evidencia para los calambres nocturnos corrientes.
statement-treatments-no_miracle-evidence = no hay buena evidencia de que ayuden
statement-treatments-placebo = Los calambres suelen mejorar un tiempo pruebe lo que pruebe: en los ensayos, quienes tomaban pastillas sin medicamento tuvieron alrededor de una cuarta parte menos de calambres. Por eso nightcramp compara periodos con y sin un hábito, en lugar de fiarse de un solo antes y después.

topic-experiments-title = Probar un cambio en usted mismo
topic-experiments-summary = Un experimento activa y desactiva un hábito por periodos en orden al azar, para que sus propias noches muestren si le ayuda.
statement-experiments-how = Un experimento prueba un hábito que puede hacer o no de una noche a otra, como estirar antes de acostarse o dejar las mantas sueltas. Tras dos semanas anotando como siempre, vienen parejas de periodos, cada una con un periodo haciendo el cambio y otro como siempre, en un orden sorteado. Las primeras noches de cada periodo no se cuentan, por si el efecto del cambio se alarga.
statement-experiments-for_you_only = Un resultado habla de usted, en las noches que anotó; no dice nada seguro de otras personas, y es una estimación con su incertidumbre, no una prueba. Las noches que no anotó se dejan fuera: nunca cuentan como noches sin calambres.
statement-experiments-modest_unclear = Los calambres de una persona cambian mucho de una semana a otra. Un efecto modesto, como una cuarta parte menos de calambres, a menudo sigue sin estar claro incluso tras 16 semanas: es el límite honrado de lo que pueden mostrar las noches de una sola persona, no un fallo suyo.
statement-experiments-why_alternate = Los calambres mejoran un tiempo pruebe lo que pruebe, una mala racha suele ir seguida de otra mejor, y hay más calambres en verano que en invierno. Comparar cada periodo con su pareja, en orden al azar, evita que esos vaivenes parezcan obra del cambio.
statement-experiments-medicines = Aquí nunca se prueban medicamentos ni suplementos empezándolos, dejándolos o cambiándolos: esa prueba le corresponde a quien se los recetó, que puede organizarla sin riesgos. Siga tomando lo que toma como le indicaron.

## Las reglas de la revisión: lo que se le dice a la persona.

rule-T1-title = Posible coágulo de sangre en los pulmones
rule-T1-message = Síntomas en la pierna junto con falta de aire repentina, dolor en el pecho o tos con sangre: llame ahora a emergencias (112, 911 o 999).
rule-T2-title = Posible coágulo de sangre en la pierna (trombosis venosa profunda)
rule-T2-message = Una pierna hinchada, caliente o roja, venas duras que duelen, o un dolor en una pantorrilla que sigue entre calambre y calambre, empeora al estar de pie o al caminar, o no se alivia al estirarla: basta una sola de estas señales para buscar atención urgente hoy (una cita urgente con su médico de familia o un servicio de urgencias). Puede ser un coágulo, no un calambre.
rule-T3-title = Un calambre que no se suelta
rule-T3-message = Un calambre que sigue tras más de 10 minutos a pesar de estirar: busque atención médica enseguida.
rule-T4-title = Calambres tras un tóxico o una herida sucia
rule-T4-message = Calambres que empezaron tras el contacto con un tóxico (como el plomo o el mercurio) o tras una herida contaminada (riesgo de tétanos): busque atención médica enseguida.
rule-T5-title = Calambres con otras señales de alarma
rule-T5-message = Calambres en el pecho, los brazos o el vientre, debilidad o pérdida de sensibilidad nuevas, músculos que tiemblan, o calambres tras perder mucho líquido o tras empezar o subir un diurético: vea a un médico enseguida.
rule-T6-title = Señales de sangrado mientras toma quinina
rule-T6-message = Moratones, sangrado o manchas raras en la piel mientras toma quinina pueden significar una bajada peligrosa de las plaquetas de la sangre. La propia guía del medicamento dice que deje de tomar la quinina y pida ayuda médica enseguida: busque atención urgente hoy.
rule-T7-title = Dolor de piernas en el embarazo
rule-T7-message = En el embarazo, un dolor de piernas que no se alivia, es fuerte, o viene con hinchazón, calor, enrojecimiento o dificultad para caminar: contacte enseguida con su matrona o su médico.
rule-T8-title = Posible compresión de los nervios de la base de la columna
rule-T8-message = Dolor de espalda o de piernas con adormecimiento nuevo alrededor de las nalgas o entre las piernas, problemas nuevos con la orina o las heces, o debilidad o adormecimiento en las dos piernas: vaya ahora a urgencias. Puede ser un síndrome de la cola de caballo, que necesita tratamiento en pocas horas.
rule-T9-title = Posible daño muscular por una estatina
rule-T9-message = Dolor fuerte o sensibilidad en muchos músculos, debilidad muscular nueva u orina oscura mientras toma una estatina: pida ayuda médica hoy y diga que toma una estatina. Si hay que cambiar la estatina lo decide el médico.
rule-F2-title = Calambres frecuentes
rule-F2-message = Los calambres son frecuentes: en más de 3 noches por semana durante las dos últimas semanas. Los calambres frecuentes son un motivo para ir al médico.
rule-R10-title = Calambres fuertes
rule-R10-message = Unos calambres que le resultan insoportables son un motivo para ir al médico: pida una cita normal.
rule-D2-title = Calambres que van a peor
rule-D2-message = Sus calambres van a peor: han aumentado semana tras semana durante varias semanas, de forma más constante de lo que explicaría la casualidad, no solo una mala noche. Los calambres que empeoran son un motivo para ir al médico.
rule-R4-title = Calambres más largos de lo normal
rule-R4-message = Al menos un calambre reciente duró más de 10 minutos, más que los calambres nocturnos corrientes. Coméntelo a un médico.
rule-R8-title = No mejoran a pesar de la prevención
rule-R8-message = Los calambres siguen siendo frecuentes tras seis semanas estirando cada noche. Los calambres que no mejoran con estos hábitos son un motivo para ir al médico.
rule-R1-title = Los calambres le quitan el sueño
rule-R1-message = Los calambres le están quitando el sueño. Merece la pena pedir una cita normal con su médico.
rule-R2-title = Adormecimiento o hinchazón en las dos piernas
rule-R2-message = Adormecimiento en las piernas, o hinchazón en las dos piernas, junto con calambres: pida una cita normal.
rule-R3-title = Músculos débiles o que se hacen más pequeños
rule-R3-message = Músculos de las piernas que se debilitan o se hacen más pequeños, junto con calambres: pida una cita.
rule-R5-title = Dolor al caminar
rule-R5-message = Un dolor o unos calambres en la pantorrilla que aparecen al caminar y se van al descansar pueden venir de arterias estrechadas en las piernas: vea a un médico en un día o dos.
rule-R6-title = Un medicamento relacionado con los calambres
rule-R6-message = Toma un medicamento de un grupo relacionado con los calambres. Pida a su médico o farmacéutico que revise sus medicamentos. No lo deje ni lo cambie por su cuenta.
rule-R7-title = Beber mucho alcohol
rule-R7-message = Beber mucho alcohol puede causar calambres: vea a un médico en un día o dos.
rule-R9-title = Una enfermedad relacionada con los calambres
rule-R9-message = Tiene una enfermedad que a menudo va unida a calambres. Hable de sus calambres la próxima vez que vea al médico que la lleva.
rule-P6-title = Toma quinina
rule-P6-message = La quinina ya no se recomienda para los calambres por sus efectos secundarios raros pero graves. Pregunte a quien se la recetó si todavía la necesita. Si le salen moratones, sangrado o manchas raras en la piel, la propia guía del medicamento dice que deje de tomar la quinina y pida ayuda médica enseguida.
rule-P6P-title = Quinina en el embarazo
rule-P6P-message = Está embarazada y en su lista de medicamentos figura la quinina, que tiene riesgos raros pero graves. Contacte en un día o dos con quien se la recetó para hablarlo, y avise a su matrona o a su médico.
rule-F5-title = Dolor que dura más de un día
rule-F5-message = Que el dolor dure más de un día después de un calambre es más de lo esperable. Responda a las preguntas sobre coágulos (nightcramp checkup --screen) y coménteselo a un médico.
rule-C3-title = Puede tratarse de piernas inquietas
rule-C3-message = Sus respuestas encajan con el síndrome de piernas inquietas (unas ganas de moverse que empeoran en reposo y se alivian al moverse), en lugar de calambres o además de ellos. Háblelo con un médico: se trata de otra manera.
rule-C4-title = Sacudidas de las piernas durante el sueño
rule-C4-message = Sacudidas repetidas de las piernas durante el sueño, o un sueño que no descansa sin calambres dolorosos, pueden ser otro trastorno del movimiento que solo muestra un estudio del sueño. Pregunte a un médico por ese estudio.

## Las preguntas de la revisión.

question-breathless_or_chest_pain = Además de los síntomas de la pierna, ¿tiene falta de aire repentina, dolor en el pecho que empeora al respirar hondo, o tose sangre?
question-spine_warning_signs = Con dolor de espalda o de piernas, ¿tiene adormecimiento nuevo alrededor de las nalgas o entre las piernas, dificultad nueva para orinar o hacer de vientre o para aguantarlos, o debilidad o adormecimiento en las dos piernas?
question-one_leg_swollen = ¿Tiene una pierna hinchada, caliente, roja o más oscura que la otra, o sus venas están duras o duelen al tocarlas?
question-pain_between_cramps = ¿Le sigue doliendo una pantorrilla entre calambre y calambre, aunque no haya calambre?
question-pain_worse_walking_one_leg = ¿Le duele más una pantorrilla al estar de pie o al caminar con esa pierna?
question-pain_not_eased_by_stretching = ¿El dolor de una pantorrilla sigue igual cuando la estira, en lugar de aliviarse?
question-cramp_wont_release = Ahora mismo, ¿tiene un calambre que dura ya más de 10 minutos aunque lo estire?
question-toxin_or_wound = ¿Empezaron los calambres después de tocar algo tóxico (como plomo o mercurio), o después de una herida sucia?
question-cramps_elsewhere = ¿Tiene también calambres en el pecho, los brazos o el vientre?
question-new_weakness_or_numbness = ¿Ha perdido hace poco fuerza o sensibilidad en alguna parte del cuerpo?
question-twitching = ¿Ve músculos que tiemblan bajo la piel?
question-fluid_loss = ¿Empezaron los calambres después de perder mucho líquido (vómitos, diarrea, mucho sudor) o después de empezar o subir un medicamento para orinar (diurético)?
question-bleeding_signs = ¿Le salen moratones con facilidad, sangra mucho por la nariz, tiene sangre en la orina o en las heces, le sangran las encías, o tiene manchas raras en la piel de color morado, marrón o rojo?
question-statin_muscle_damage = Desde que toma una estatina, ¿tiene dolor fuerte o sensibilidad en muchos músculos, debilidad nueva u orina oscura (del color de la cola)?
question-pregnancy_leg_pain = ¿El dolor de piernas no se alivia, es fuerte, o viene con hinchazón, calor, enrojecimiento o dificultad para caminar?
question-pain_when_walking = ¿Tiene dolor o calambres en la pantorrilla al caminar que se le pasan cuando se para a descansar?
question-heavy_alcohol = ¿Bebe a menudo mucho alcohol?
question-numbness_or_both_swollen = ¿Tiene adormecidas las piernas, o tiene las dos piernas hinchadas?
question-weakness_or_wasting = ¿Se le han ido debilitando o haciendo más pequeños los músculos de las piernas?
question-severe_discomfort = ¿Son sus calambres tan dolorosos o molestos que apenas puede soportarlos?
question-daytime_tiredness = ¿Le dejan los calambres cansado o con menos fuerzas para el día?
question-rls_urge = ¿Siente ganas de mover las piernas, a menudo con una sensación molesta en ellas?
question-rls_worse_at_rest = ¿Esas ganas empiezan o empeoran cuando está sentado o tumbado sin moverse?
question-rls_eased_by_moving = ¿Moverse (caminar, estirar) las alivia mientras sigue moviéndose?
question-rls_evening = ¿Aparecen solo, o peor, por la tarde o por la noche?
question-leg_jerks = ¿Ha visto alguien que duerme a su lado que sus piernas dan sacudidas una y otra vez mientras duerme, o se despierta sin haber descansado y sin haber tenido calambres dolorosos?

## Grupos de medicamentos.

drug-laba_ics = inhalador broncodilatador de acción larga con corticoide (LABA + CI)
drug-laba = inhalador broncodilatador de acción larga (LABA)
drug-diuretic_potassium_sparing = diurético ahorrador de potasio
drug-diuretic = diurético (pastilla para orinar)
drug-diuretic_thiazide = diurético tipo tiazida
drug-diuretic_loop = diurético de asa
drug-statin = estatina
drug-iron_sucrose_iv = hierro sacarosa por vía intravenosa
drug-conjugated_estrogens = estrógenos conjugados
drug-raloxifene = raloxifeno
drug-teriparatide = teriparatida
drug-naproxen = naproxeno
drug-blood_pressure = medicamento para la tensión
drug-calcium_channel_blocker = antagonista del calcio
drug-short_acting_beta_agonist = inhalador de rescate de acción corta (salbutamol)
drug-reported_in_studies = medicamento en cuyos estudios se describieron calambres (como la gabapentina, el zolpidem, el clonazepam, el citalopram o el celecoxib)
drug-quinine = quinina
drug-other = otro medicamento

## Qué tipo de evidencia es cada fuente (su cita queda como se publicó).

source-S0-quality = artículo para pacientes, sin grado de evidencia
source-S1-quality = revisión sistemática y consenso Delphi
source-S2-quality = revisión sistemática Cochrane
source-S2c-quality = revisión sistemática Cochrane
source-S3-quality = revisión clínica (AAFP)
source-S4-quality = estudio de base de datos de población
source-S5-quality = ensayo aleatorizado (positivo)
source-S6-quality = ensayo aleatorizado (negativo)
source-S7-quality = guía clínica (AAN)
source-S8-quality = autoridad reguladora
source-S9-quality = autoridad reguladora
source-S10-quality = revisión sistemática Cochrane
source-S11-quality = revisión narrativa
source-S12-quality = encuesta de población
source-S13-quality = encuesta transversal (NHANES)
source-S14-quality = estudio de cohortes
source-S15-quality = autoridad sanitaria
source-S16-quality = cohorte prospectiva
source-S17-quality = revisión sistemática Cochrane
source-S18-quality = resumen de guía clínica
source-S19-quality = autoridad sanitaria
source-S20-quality = autoridad sanitaria (versión anterior)
source-S21-quality = obra de referencia médica
source-S22-quality = resumen de evidencia (grados SORT)
source-S23-quality = sociedad profesional
source-S28-quality = criterios de consenso
source-S31-quality = criterios diagnósticos
source-S33-quality = ensayo aleatorizado (solo cirrosis)
source-S34-quality = autoridad sanitaria
source-S35-quality = fuente secundaria, de menor calidad
source-S36-quality = autoridad sanitaria (copia secundaria)
source-S37-quality = biblioteca de salud para pacientes
source-S38-quality = material para pacientes de baja calidad
source-S46-quality = serie de ensayos n de 1
source-S60-quality = información para pacientes del NHS
source-S61-quality = ayuda a la decisión clínica (copia secundaria)
source-S62-quality = información para pacientes de una sociedad profesional
source-S63-quality = autoridad dirigida a pacientes
source-S64-quality = información para pacientes
source-S65-quality = guía (resumen secundario)
