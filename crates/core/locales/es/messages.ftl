### Frases construidas a partir de los hallazgos, en español. Cada mensaje es una plantilla
### que el núcleo rellena con los números y palabras de un hallazgo ({ $name }); todos los
### idiomas tienen los mismos ids con las mismas variables (comprobado por los tests).
### Plurales: [one] para 1, [other] para lo demás (reglas CLDR del español).

# Lo que dice un hallazgo sobre un factor. El papel del factor decide qué se puede
# aconsejar: un paso de prevención, un medicamento o un suplemento nunca se convierte en
# "hágalo menos" (nunca se aconseja dejar un medicamento).

insight-counts = calambres en { $cramp_nights_with } de { $nights_with ->
        [one] 1 noche
       *[other] { $nights_with } noches
    } { $when }, frente a { $cramp_nights_without } de { $nights_without ->
        [one] 1 noche distinta
       *[other] { $nights_without } noches distintas
    }
insight-interval = {" "}({ $size }; intervalo del 95 % de { $low } a { $high })
insight-more_often = { $ratio } veces más a menudo
insight-less_often = un { $percent } % menos a menudo

insight-likely_trigger-cause = Relacionado con más calambres: { $counts }{ $interval }. Es una asociación en su diario, no una prueba de que los cause. Para saberlo, cámbielo a propósito durante unas semanas y vea si cambian sus calambres.
insight-likely_trigger-prevention_step = Relacionado con más calambres: { $counts }{ $interval }. Es una asociación, y lo más probable es que sea al revés: { $reverse }. Es uno de los pasos de prevención, así que siga con él.
insight-likely_trigger-medicine = Relacionado con más calambres: { $counts }{ $interval }. Es una asociación, no una prueba de que el medicamento los cause. Siga tomándolo mientras quien se lo recetó no le diga otra cosa, y pídale a esa persona o a su farmacéutico que lo revise; estos números pueden ayudarles.
insight-likely_trigger-supplement = Relacionado con más calambres: { $counts }{ $interval }. Es una asociación, no una prueba. Si se lo aconsejó un médico, una matrona o un farmacéutico, siga su consejo y pregúnteles, en lugar de cambiarlo por su cuenta.
insight-likely_trigger-own = Relacionado con más calambres: { $counts }{ $interval }. Es una asociación en su diario, no una prueba. Si es un medicamento o un suplemento, siga tomándolo como le indicaron y pregunte a quien se lo recetó o a su farmacéutico; si es otra cosa que pueda cambiar, cambiarla a propósito durante unas semanas es la forma de saberlo.
insight-likely_trigger-observation = Relacionado con más calambres: { $counts }{ $interval }. Es una asociación en su diario, no una prueba de la causa.

insight-likely_protective-cause = Relacionado con menos calambres: { $counts }{ $interval }. Es una asociación, no una prueba de la causa.
insight-likely_protective-prevention_step = Parece ayudar: { $counts }{ $interval }. Es una asociación, no una prueba; es uno de los pasos de prevención, así que siga con él.
insight-likely_protective-medicine = Relacionado con menos calambres: { $counts }{ $interval }. Es una asociación, nada más.
insight-likely_protective-supplement = Relacionado con menos calambres: { $counts }{ $interval }. Es una asociación, nada más.
insight-likely_protective-own = Relacionado con menos calambres: { $counts }{ $interval }. Es una asociación, no una prueba de la causa.
insight-likely_protective-observation = Relacionado con menos calambres: { $counts }{ $interval }. Es una asociación, no una prueba de la causa.

insight-no_clear_link = Sin relación clara: { $counts }{ $interval }.
insight-not_enough_data = Todavía no hay datos suficientes: { $nights_with ->
        [one] 1 noche
       *[other] { $nights_with } noches
    } anotadas con ello y { $nights_without } sin ello, { $cramp_nights } con calambres (hacen falta { $min_with }, { $min_without } y { $min_cramps }).

# Por qué un paso de prevención puede ir unido a más calambres sin causarlos.
insight-reverse-stretched = la gente estira más las noches en que ya nota las piernas tensas
insight-reverse-massage = la gente se frota las piernas las noches en que ya le duelen
insight-reverse-light_activity_min = la gente camina para quitarse un calambre, o se mueve más, cuando ya nota las piernas rígidas
insight-reverse-water_l = la gente bebe más los días de calor y después de sudar, y esos días traen sus propios calambres

# Títulos de sección donde se listan los hallazgos.
insight-section-likely_trigger = Relacionado con más calambres
insight-section-likely_protective = Relacionado con menos calambres
insight-section-no_clear_link = Sin relación clara
insight-section-not_enough_data = Todavía no hay datos suficientes

# Los puntos del plan que salen de los hallazgos de la persona.
plan-personal-cause-title = Pruebe a reducir: { $label }
plan-personal-cause-advice = Cuando pueda, tenga menos días { $exposed } durante unas semanas, a propósito, y vea si cambian sus calambres.
plan-personal-own-title = Mire esto: { $label }
plan-personal-own-advice = Si es algo que puede cambiar, cámbielo a propósito durante unas semanas y vea si cambian sus calambres. Si es un medicamento o un suplemento, siga tomándolo como le indicaron y pregunte a quien se lo recetó o a su farmacéutico.
plan-personal-evidence = su propio diario (una asociación)

# La lista de un médico con las personas que le han compartido su diario.
people-urgency-emergency = Emergencia
people-urgency-urgent = Urgente: hoy
people-urgency-soon = Pronto: en un día o dos
people-urgency-routine = Una cita normal
people-urgency-none = Nada requiere ir al médico
people-trend-rising = en aumento
people-trend-not_rising = sin aumento
people-trend-unknown = pocas semanas anotadas para saberlo
people-urgency-cannot_judge = Pocas noches anotadas para valorarlo
people-rate-unknown = ninguna noche anotada
people-rate = { $rate } ({ $known } de las últimas { $nights } noches anotadas)

# La primera línea de la revisión. Sin nada encontrado y con menos de $needed de las
# últimas $nights noches anotadas, el diario no se puede valorar: nunca "todo bien".
checkup-headline-emergency = EMERGENCIA: llame ahora a emergencias (112, 911 o 999).
checkup-headline-urgent = URGENTE: busque atención médica hoy.
checkup-headline-soon = Vea a un médico en un día o dos.
checkup-headline-routine = Merece la pena pedir una cita normal con su médico.
checkup-headline-none = Nada en su diario ni en sus respuestas requiere ir al médico ahora.
checkup-headline-cannot_judge = Su diario todavía no se puede valorar: hay { $known } de las últimas { $nights } noches anotadas y hacen falta al menos { $needed }. Nada en sus respuestas requiere ir al médico; siga anotando cada mañana.
checkup-unanswered = { $count ->
        [one] Todavía falta responder 1 de las preguntas sobre señales de alarma.
       *[other] Todavía falta responder { $count } de las preguntas sobre señales de alarma.
    }
checkup-based_on = Según las { $recent } noches hasta la noche del { $night }: { $known } anotadas, con calambres en { $cramp_nights } de ellas ({ $cramps ->
        [one] 1 calambre
       *[other] { $cramps } calambres
    } en total).

# La relación de un grupo de medicamentos con los calambres, sin decir más de lo que
# permiten las fuentes.
medicine-link-measured = relacionado con los calambres (razón de secuencia { $ratio }: el tratamiento de los calambres empezó { $ratio } veces más a menudo en el año siguiente a empezarlo)
medicine-link-listed = relacionado con los calambres en revisiones publicadas, sin un tamaño medido
medicine-link-mentioned = nombrado como posible causa de calambres, nunca medido
medicine-link-none = sin relación conocida con los calambres
medicine-added-listed = Este tipo de medicamento se relaciona con calambres en algunas personas. Siga tomándolo como se lo recetaron; la revisión le dirá si su diario sugiere comentarlo con quien se lo recetó.
medicine-added-mentioned = Algunas fuentes nombran este tipo de medicamento como posible causa de calambres, sin medir con qué frecuencia. Siga tomándolo como se lo recetaron; si sus calambres empezaron o aumentaron después de empezarlo, coménteselo a quien se lo recetó.
plan-medicine-listed = Toma { $name } ({ $label }), un tipo de medicamento relacionado con los calambres.
plan-medicine-mentioned = Toma { $name } ({ $label }), un tipo de medicamento que algunas fuentes nombran como posible causa de calambres.

# Confirmaciones de noche rechazadas (no se cambió nada).
checkin-not_ended = La noche del { $night } todavía no ha terminado; confírmela por la mañana.
checkin-has_cramps-one = La noche del { $night } tiene 1 calambre anotado, así que no se puede confirmar sin calambres.
checkin-has_cramps-many = La noche del { $night } tiene { $cramps } calambres anotados, así que no se puede confirmar sin calambres.

# Por qué saltó una regla de la revisión: qué lo provocó en el diario o en las respuestas.
checkup-why-t1 = Ha dicho que tiene falta de aire, dolor en el pecho o tos con sangre.
checkup-why-t2_leg = Ha dicho que una pierna está hinchada, caliente, roja o más oscura, o que tiene venas que duelen.
checkup-why-t8 = Ha dicho que el dolor de espalda o de piernas viene con adormecimiento alrededor de las nalgas o entre las piernas, problemas con la orina o las heces, o debilidad o adormecimiento en las dos piernas.
checkup-why-you_said = Ha dicho: { $signs }.
checkup-sign-pain_between_cramps = el dolor de una pantorrilla sigue entre calambre y calambre
checkup-sign-pain_worse_walking_one_leg = el dolor de una pantorrilla empeora al estar de pie o al caminar
checkup-sign-pain_not_eased_by_stretching = el dolor de una pantorrilla no se alivia al estirarla
checkup-sign-cramps_elsewhere = calambres en el pecho, los brazos o el vientre
checkup-sign-new_weakness_or_numbness = debilidad o pérdida de sensibilidad nuevas
checkup-sign-twitching = músculos que tiemblan
checkup-sign-fluid_loss = calambres tras perder mucho líquido o tras un diurético
checkup-why-t3 = Ha dicho que un calambre sigue tras más de 10 minutos.
checkup-why-t4 = Ha dicho que los calambres empezaron tras un tóxico o una herida sucia.
checkup-why-t6 = Ha dicho que tiene moratones, sangrado o manchas raras en la piel.
checkup-why-t9 = Toma una estatina y ha dicho que tiene dolor muscular fuerte o en muchas partes, debilidad nueva u orina oscura.
checkup-why-t7 = Está embarazada y ha dicho que su dolor de piernas no se alivia o viene con hinchazón, calor, enrojecimiento o dificultad para caminar.
checkup-why-f2 = Calambres en { $cramp_nights } de las { $known } noches anotadas del { $from } al { $to } (unas { $per_week } noches por semana; { $cramps ->
        [one] 1 calambre
       *[other] { $cramps } calambres
    } en total).{ $every_night }
checkup-why-f2_every_night = {" "}Es decir, calambres en todas las noches anotadas.
checkup-why-r10 = Ha dicho que sus calambres son tan dolorosos o molestos que apenas puede soportarlos.
checkup-why-d2 = En las { $weeks } semanas anotadas hasta el { $to }: { $changes }.
checkup-why-d2_counts = los calambres por semana suben alrededor de un { $percent } % cada semana ({ $p })
checkup-why-d2_pain = el dolor sube { $slope } puntos por semana ({ $p })
checkup-why-r4 = Un calambre en la noche del { $night } duró { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }.
checkup-why-f5 = Tras el calambre de la noche del { $night }, el dolor muscular duró { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }.
checkup-why-r8 = Estiró { $days } de los 42 días hasta el { $to }, y los calambres siguen siendo frecuentes.
checkup-why-r1 = { $reasons }.
checkup-why-r1_woke = los calambres le despertaron en { $nights ->
        [one] 1
       *[other] { $nights }
    } de las últimas 14 noches
checkup-why-r1_rating = la alteración de su sueño fue de { $mean }/10 de media en { $rated ->
        [one] 1 noche valorada
       *[other] { $rated } noches valoradas
    }
checkup-why-r1_tired = ha dicho que los calambres le dejan cansado durante el día
checkup-why-r2 = Ha dicho que tiene adormecimiento en las piernas o hinchazón en las dos piernas.
checkup-why-r3 = Ha dicho que los músculos de sus piernas se debilitan o se hacen más pequeños.
checkup-why-r5 = Ha dicho que el dolor de pantorrilla aparece al caminar y se va al descansar.
checkup-why-r7 = Ha dicho que a menudo bebe mucho alcohol.
checkup-why-c3 = Ha respondido que sí a las cuatro preguntas sobre piernas inquietas.
checkup-why-c4 = Ha dicho que sus piernas dan sacudidas durante el sueño, o que duerme sin descansar y sin calambres.
checkup-why-p6 = En su lista de medicamentos figura { $name } (desde el { $since }).
checkup-why-p6p = Está embarazada y toma { $name } (desde el { $since }).
checkup-why-r6 = Empezó { $name } el { $since }, un { $label }{ $ratio }; { $comparison }.
checkup-why-r6_ratio = {" "}(en un estudio grande, el tratamiento de los calambres empezó { $ratio } veces más a menudo en el año siguiente a empezar este tipo de medicamento)
checkup-why-r6_too_little_before = { $cramps ->
        [one] se anotó 1 calambre
       *[other] se anotaron { $cramps } calambres
    } en los 12 meses siguientes; el diario tiene muy poco de antes para comparar
checkup-why-r6_compared = desde entonces los calambres son de { $after } por semana de media, frente a { $before } por semana el año anterior
checkup-why-r9 = Su perfil indica: { $conditions }.

# "¿Sirvió?": un hábito desde una fecha frente al mismo tiempo de antes.
habit-summary = Desde el { $since } ({ $habit }): { $after_rate } ({ $after_cramps ->
        [one] 1 calambre
       *[other] { $after_cramps } calambres
    } en { $after_nights ->
        [one] 1 noche anotada
       *[other] { $after_nights } noches anotadas
    }), frente a { $before_rate } en el mismo tiempo de antes ({ $before_cramps } en { $before_nights }).
habit-per_week = { $rate } por semana
habit-no_data = sin datos
habit-fewer = un { $percent } % menos
habit-more = un { $percent } % más
habit-interval = , intervalo del 95 % de { $low } a { $high }
habit-change = {" "}Es decir, { $change } (razón de tasas { $ratio }{ $interval }).
habit-verdict-fewer_meaningful = {" "}Un cambio de este tamaño importaría, pero esta comparación sola no puede mostrar que lo causara el hábito.
habit-verdict-fewer_small = {" "}Menos, pero por debajo del 25 % y de uno por semana que importarían.
habit-verdict-more = {" "}Más calambres desde entonces; puede que no tenga nada que ver con el hábito.
habit-verdict-no_clear_change = {" "}Sin cambio claro: los datos descartan un cambio del 25 % en cualquier sentido.
habit-verdict-cannot_tell_yet = {" "}Los datos todavía no permiten saberlo.
habit-more_nights = {" "}Harían falta unas { $nights ->
        [one] 1 noche anotada más
       *[other] { $nights } noches anotadas más
    } en cada periodo para mostrar un cambio del 25 %.
habit-warning-placebo = Comparar un antes y un después no puede probar que un hábito ayudó: en los ensayos, con pastillas sin medicamento hubo alrededor de una cuarta parte menos de calambres, y los calambres van y vienen solos.
habit-warning-season = Los dos periodos caen en estaciones distintas. Los calambres son más frecuentes en verano (más o menos el doble que en invierno), y eso solo puede hacer que un hábito parezca mejor o peor.
habit-warning-unsteady = Mantuvo el hábito { $done } de { $recorded ->
        [one] 1 día anotado
       *[other] { $recorded } días anotados
    }; un hábito irregular es difícil de valorar.
habit-warning-not_recorded = El hábito { $habit } no está anotado ningún día desde el { $since }.
habit-warning-alternate = Una prueba más justa es alternar: dos semanas con él y dos sin él, al menos tres veces, en orden al azar (un ensayo n de 1). Incluso así se obtiene una estimación para usted, no una certeza.

# Las líneas fijas de los hallazgos, y los factores que ocurren los mismos días.
insight-minimum_data = Un factor recibe un veredicto cuando hay al menos { $min_with } noches anotadas con él y { $min_without } sin él, y al menos { $min_cramps } noches con calambres entre ellas. Las noches sin anotar se dejan fuera: nunca cuentan como noches sin calambres.
insight-caution = Son asociaciones en su propio diario, no pruebas de la causa: otra cosa que ocurre los mismos días puede ser la verdadera razón. La forma de saberlo es cambiar una sola cosa a propósito durante unas semanas y ver qué pasa.
insight-together-one_stands = Vistos juntos, { $stands } se mantiene por sí solo; { $other } añade poco más.
insight-together-both_stand = Vistos juntos, cada uno se mantiene por sí solo.
insight-together-cannot_tell = Vistos juntos, el diario no puede decir cuál de los dos importa.
insight-together = { $a } y { $b } suelen darse los mismos días, así que uno puede parecer importante solo por el otro. { $verdict } (Razones de probabilidades ajustadas { $or_a } y { $or_b }.)
insight-together-inseparable = { $a } y { $b } se dan casi siempre los mismos días, así que el diario no puede separarlos.

# Los puntos del plan de prevención: un título cada uno y por qué está en el plan de esta persona.
plan-quinine-title = Revise la quinina con quien se la recetó
plan-quinine-why = En su lista de medicamentos figura la quinina.
plan-medicines-title = Pida una revisión de sus medicamentos
plan-stretch-title = Estire las pantorrillas cada noche antes de acostarse
plan-stretch-why = Primer paso para todos: tiene poco riesgo, y un ensayo encontró calambres menos frecuentes y más leves tras seis semanas.
plan-fluids-title = Beba a lo largo del día
plan-fluids-why = Beber a lo largo del día es un consejo sensato, aunque no se ha probado en ensayos.
plan-fluids_limited-title = Pregunte a su equipo de salud cuánto beber
plan-fluids_limited-why = Su perfil indica una enfermedad en la que la cantidad de líquido puede necesitar un límite.
plan-position-title = Mantas sueltas y pies sin estirar
plan-position-why = Evitar que los pies queden estirados por la noche es fácil de probar.
plan-move-title = Siga moviéndose, con suavidad
plan-move-why = Una actividad suave cada día mantiene las piernas flexibles.
plan-move-gradually = { $finding } Aumente la actividad poco a poco, no a saltos.
plan-magnesium-title = Magnesio: solo con consejo médico
plan-magnesium-why = Aparece para que la lista esté completa: los buenos ensayos encontraron poco probable que ayude a la mayoría de los adultos.
plan-magnesium-pregnant = Está embarazada: los ensayos en el embarazo no coinciden; pregunte a su matrona o a su médico antes de tomarlo.
plan-magnesium-taking = Ha anotado que toma magnesio últimamente.
plan-pregnancy-title = En el embarazo: conozca las señales de alarma
plan-pregnancy-why = Su perfil dice que está embarazada.

# Tendencias: cómo se lee una prueba semanal, y en qué se basan los hallazgos.
trend-rising = en aumento{ $change }{ $p }
trend-falling = en descenso{ $change }{ $p }
trend-no_clear_change = sin cambio claro{ $p }
trend-not_enough_data = pocas semanas anotadas para saberlo (hacen falta cuatro semanas con cuatro noches anotadas cada una)
trend-p = {" "}({ $p })
trend-change-rate = , alrededor de un { $percent } % por semana
trend-change-points = , { $change } por semana
insight-summary = A partir de { $known ->
        [one] 1 noche anotada
       *[other] { $known } noches anotadas
    } hasta la noche del { $night } ({ $cramp_nights } con calambres; { $unknown } sin anotar, dejadas fuera).
plan-magnesium-kidney = Tiene una enfermedad del riñón: el magnesio no es para probarlo sin el consejo de su nefrólogo.

# Lo que una importación no sobrescribió (se mantuvo el valor del diario).
conflict-episode = calambre { $id } del { $at }: se mantuvo la versión del diario
conflict-checkin = noche del { $night }: alteración del sueño { $file } en el archivo, { $diary } en el diario (se mantiene)
conflict-factor-typed = { $date } { $factor }: { $file } en el archivo, { $diary } escrito en el diario (se mantiene)
conflict-factor = { $date } { $factor }: { $file } en el archivo, { $diary } en el diario (se mantiene)
conflict-profile = perfil, { $field }: se mantuvo el valor del diario
conflict-medication = medicamento { $name }: se mantuvo la versión del diario

# Las etiquetas y líneas del informe para el médico.
report-title = Calambres nocturnos en las piernas: resumen del diario del paciente
report-period = Noches del { $from } al { $to } ({ $nights ->
        [one] 1 noche
       *[other] { $nights } noches
    })
report-completeness = { $known } de { $nights ->
        [one] 1 noche anotada
       *[other] { $nights } noches anotadas
    } ({ $percent }); las noches sin anotar se dejan fuera y no cuentan como noches sin calambres.
report-none = -
report-age = Edad
report-age-value = unos { $age } años
report-pregnancy = Embarazo
report-pregnancy-value = embarazada{ $due }
report-pregnancy-due = , fecha prevista del parto { $date }
report-activity = Actividad
report-activity-athlete = entrena con regularidad (deportista)
report-conditions = Enfermedades
report-conditions-none = ninguna anotada
report-cramps = Calambres
report-cramps-value = { $cramps } en { $nights ->
        [one] 1 noche
       *[other] { $nights } noches
    }
report-per_week = Calambres por semana
report-nights_per_week = Noches con calambres por semana
report-pain = Dolor (0-10)
report-pain-value = media { $mean }, máximo { $highest }
report-duration = Duración
report-duration-value = mediana { $minutes } min; { $percent } de más de 10 min
report-woken = Despertado por los calambres
report-woken-value = { $woke } de { $known ->
        [one] 1 noche anotada
       *[other] { $known } noches anotadas
    }
report-disturbance = Alteración del sueño (0-10)
report-disturbance-none = sin valorar
report-disturbance-value = media { $mean } en { $rated ->
        [one] 1 noche valorada
       *[other] { $rated } noches valoradas
    }
report-hours = { $hours } h
report-sign-frequent = Frecuentes (calambres más de 3 noches por semana durante dos semanas)
report-sign-frequent-thin = solo { $known } de las últimas 14 noches anotadas
report-sign-severe = Fuertes (a la persona le cuesta soportar el dolor)
report-sign-severe-said = lo dijo el { $date }
report-sign-severe-no = respondió que no el { $date }
report-sign-severe-unasked = todavía no se le ha preguntado
report-sign-worsening = Van a peor (una tendencia al alza comprobada a lo largo de semanas)
report-sign-worsening-thin = menos de cuatro semanas con cuatro o más noches anotadas
report-sign-long = Más largos de lo normal (más de 10 minutos)
report-sign-long-thin = ningún calambre y pocas noches anotadas en las últimas cuatro semanas
report-sign-not_improving = No mejoran a pesar de seis semanas estirando cada noche
report-sign-not_improving-unrecorded = los calambres son frecuentes, pero no constan seis semanas de estiramiento constante
report-sign-not_improving-not_frequent = los calambres no son frecuentes
report-sign-present = presente
report-sign-no = no
report-sign-cannot_tell = no se puede saber
report-answer-yes = sí
report-answer-no = no
report-medicine-quinine = quinina: no se recomienda para los calambres
report-medicine-too_few = pocas noches anotadas
report-medicine-rate = { $rate }/semana
report-medicine-current = actual
report-medicine-before_after = antes: { $before }; después: { $after }
report-habit-stretched = Estiramiento de pantorrilla antes de acostarse
report-habit-massage = Masaje de piernas antes de acostarse
report-habit-magnesium_mg = Suplemento de magnesio
report-habit-light_activity_min = Actividad suave (caminar, nadar, yoga)
report-habit-tight_blankets = Mantas apretadas
report-habit-value = { $yes } de { $recorded ->
        [one] 1 día anotado
       *[other] { $recorded } días anotados
    }
report-chart-weekly = Calambres por semana
report-chart-pain = Dolor de cada calambre (0-10)
report-suggested_code = Código sugerido, a confirmar por el médico: CIE-10-MC G47.62, calambres en las piernas relacionados con el sueño.
report-footer = Hecho con nightcramp { $version } el { $date } a partir del diario del propio paciente. Los hallazgos del diario de una sola persona son asociaciones, no pruebas; esto no es un diagnóstico.

# Experimentos personales. $change es lo que pide una noche de cambio, en infinitivo
# ("estirar las pantorrillas antes de acostarse"); los números vienen del modelo.
experiment-do-stretched = estirar las pantorrillas antes de acostarse
experiment-do-massage = darse un masaje en las piernas antes de acostarse
experiment-do-tight_blankets = dejar las mantas sueltas a los pies
experiment-do-caffeine_drinks-is-0 = nada de café, té ni refrescos de cola
experiment-do-alcohol_drinks-is-0 = nada de alcohol
experiment-do-yes = { $label }: sí
experiment-do-no = { $label }: no
experiment-do-at_least = { $label }: al menos { $value }
experiment-do-at_most = { $label }: como mucho { $value }
experiment-do-none = { $label }: nada
experiment-do-is = { $label }: { $value }
experiment-tonight-change = Esta noche: { $change }.
experiment-tonight-usual = Esta noche: como siempre (no hace falta esto: { $change }).
experiment-tonight-washout = Esta noche es de transición y no cuenta.
experiment-tonight-baseline = Su experimento empieza el { $start }; hasta entonces, anote sus noches como siempre.
experiment-made-ask = Ayer fue un día «{ $arm }» de su experimento, que pedía: { $change }. ¿Lo hizo?
experiment-refused-prescriber = nightcramp nunca empieza, deja ni cambia un medicamento o un suplemento: esa prueba le corresponde a quien se lo recetó, que puede organizarla sin riesgos. Siga tomando lo que toma como le indicaron, y elija un hábito para probar (por ejemplo stretched, massage, tight_blankets o caffeine_drinks=0)
experiment-refused-observation = esto se mide, no se elige, así que no se puede activar y desactivar de una noche a otra; elija un hábito para probar (por ejemplo stretched o caffeine_drinks=0)
experiment-refused-too_few = sus dos semanas de referencia tuvieron { $rate } noches con calambres por semana, menos de las { $minimum } que necesita una prueba para dar una respuesta en un tiempo razonable: a este ritmo, las { $weeks } semanas del diseño habitual tendrían que alargarse a unas { $needed } semanas. Que sus calambres sean raros es una buena noticia; la página de hallazgos puede seguir vigilándolos
experiment-refused-none = sus dos semanas de referencia no tuvieron ninguna noche con calambres, así que no hay nada que un cambio pueda reducir
experiment-verdict-likely_helps = Probablemente le ayuda: en las noches de cambio tuvo alrededor de un { $fewer } % menos de calambres (razón de tasas { $ratio }, intervalo del 95 % de { $low } a { $high }); un { $helps } % de probabilidad de que ayude algo y un { $meaningful } % de que reduzca los calambres al menos en una quinta parte.
experiment-verdict-likely_worse = Puede que empeore sus calambres: en las noches de cambio tuvo más calambres (razón de tasas { $ratio }, intervalo del 95 % de { $low } a { $high }); un { $worse } % de probabilidad de que no ayude.
experiment-verdict-no_meaningful_benefit = Sin beneficio que importe para usted: la razón de tasas es { $ratio } (intervalo del 95 % de { $low } a { $high }), con solo un { $meaningful } % de probabilidad de reducir los calambres al menos en una quinta parte.
experiment-verdict-unclear = Sin aclarar por ahora: la razón de tasas es { $ratio } (intervalo del 95 % de { $low } a { $high }); un { $helps } % de probabilidad de que ayude y un { $meaningful } % de que reduzca los calambres al menos en una quinta parte.
experiment-verdict-not_enough_data = Todavía no hay datos suficientes: un resultado necesita al menos { $min_pairs } parejas de periodos completas y { $min_nights } noches anotadas y contadas en cada brazo ({ $pairs ->
        [one] 1 pareja completa
       *[other] { $pairs } parejas completas
    } hasta ahora; { $change_nights } noches de cambio y { $usual_nights } habituales anotadas).
experiment-stopped_early-benefit = La evidencia es lo bastante clara para terminar antes: puede seguir haciéndolo.
experiment-stopped_early-harm = La prueba termina antes porque sus calambres fueron más frecuentes con el cambio.
experiment-more_pairs = Si la estimación se mantuviera, harían falta probablemente unas { $more ->
        [one] 1 pareja más
       *[other] { $more } parejas más
    } de periodos para aclararlo.
experiment-more_pairs-unlikely = Probablemente ni ocho parejas de periodos más lo aclararían: una diferencia de este tamaño es difícil de mostrar con las noches de una sola persona.
experiment-adherence = El diario muestra que se siguió el calendario en el { $percent } % de { $nights ->
        [one] la 1 noche
       *[other] las { $nights } noches
    } de las que dice algo.
experiment-adherence-weakened = El diario muestra que solo se siguió el calendario en el { $percent } % de { $nights ->
        [one] la 1 noche
       *[other] las { $nights } noches
    } de las que dice algo, y eso debilita este resultado: los dos brazos fueron menos distintos de lo previsto.
experiment-only_you = Esto habla solo de usted y de estas noches, y es una estimación, no una prueba.
experiment-status-baseline = Referencia: anotando sus noches habituales antes del primer periodo.
experiment-status-running = En curso.
experiment-status-finished = Terminado.
experiment-status-stopped = Terminado antes de tiempo por usted.
experiment-arm-change = cambio
experiment-arm-usual = habitual
experiment-baseline-sparse = Nota: { $reason }. Puede continuar, o terminarlo con nightcramp experiment stop.

## Los factores del día tal como los lee la persona.
factor-standing_h = horas de pie
factor-exercise_min = minutos de ejercicio
factor-exercise_intensity = intensidad del ejercicio
factor-exercise_intensity-none = ninguna
factor-exercise_intensity-light = suave
factor-exercise_intensity-moderate = moderada
factor-exercise_intensity-vigorous = intensa
factor-steps = pasos
factor-water_l = litros de agua
factor-heavy_sweating = sudoración intensa
factor-urine_color = color de la orina (1-8)
factor-caffeine_drinks = bebidas con cafeína
factor-alcohol_drinks = bebidas alcohólicas
factor-sitting_h = horas en posición sentada
factor-sleep_position = postura al dormir
factor-sleep_position-back_supported = boca arriba, con las rodillas apoyadas
factor-sleep_position-back = boca arriba
factor-sleep_position-side = de lado
factor-sleep_position-side_curled = de lado, con las piernas encogidas
factor-sleep_position-stomach = boca abajo
factor-tight_blankets = mantas apretadas
factor-stretched = estiramientos antes de acostarse
factor-massage = masaje en las piernas antes de acostarse
factor-light_activity_min = minutos de actividad suave
factor-magnesium_mg = mg de magnesio
factor-night_checked = noche confirmada
factor-sleep_h = horas de sueño

## Lo que compara un hallazgo.
insight-when-stretched = después de estirar antes de acostarse
insight-when-massage = después de un masaje en las piernas antes de acostarse
insight-when-heavy_sweating = después de un día de sudoración intensa
insight-when-tight_blankets = con las mantas apretadas o remetidas
insight-when-other = con ello
insight-exposed-vigorous = ejercicio intenso
insight-when-vigorous = después de un día de ejercicio intenso
insight-exposed-toes_pointed = dormir boca abajo o de lado con las piernas encogidas (las puntas de los pies estiradas)
insight-when-toes_pointed = durmiendo boca abajo o de lado con las piernas encogidas
insight-exposed-dark_urine = orina de color { $from } o más oscura (no clara)
insight-when-dark_urine = después de un día con la orina más oscura (color { $from } o más)
insight-exposed-magnesium = tomar un suplemento de magnesio
insight-when-magnesium = después de tomar magnesio
insight-exposed-alcohol = cualquier cantidad de alcohol
insight-when-alcohol = después de un día con alcohol
insight-when-custom = después de un día con { $name }
insight-exposed-above_median = más de { $value } { $label } (su mediana)
insight-when-above_median = después de más de { $value } { $label } (su mediana)
insight-exposed-at_least_median = { $value } { $label } o más (su mediana)
insight-when-at_least_median = después de { $value } { $label } o más (su mediana)
insight-exposed-constant = { $label } (siempre el mismo valor, así que no hay nada que comparar)
insight-when-constant = con { $label }
insight-activity_jump = un aumento repentino de la actividad
insight-exposed-activity_jump = un día con pasos o ejercicio al menos { $ratio } veces su nivel de las dos semanas anteriores
insight-when-activity_jump = después de un aumento repentino de la actividad
insight-exposed-medicine = los primeros 12 meses de tratamiento ({ $label })
insight-when-medicine = en los primeros 12 meses de tratamiento ({ $label })
insight-day_before = { $when }, el día anterior
insight-reverse-other = se suele hacer porque las piernas ya se notan tensas

## Dónde fue el calambre.
muscle-calf = pantorrilla
muscle-foot = pie
muscle-toes = dedos del pie
muscle-shin = espinilla
muscle-thigh_back = parte de atrás del muslo
muscle-thigh_front = parte de delante del muslo
muscle-other = otro sitio
side-left = izquierda
side-right = derecha
side-both = las dos
site-calf-left = pantorrilla izquierda
site-calf-right = pantorrilla derecha
site-calf-both = pantorrillas, las dos piernas
site-foot-left = pie izquierdo
site-foot-right = pie derecho
site-foot-both = pies, las dos piernas
site-toes-left = dedos del pie izquierdo
site-toes-right = dedos del pie derecho
site-toes-both = dedos de los dos pies
site-shin-left = espinilla izquierda
site-shin-right = espinilla derecha
site-shin-both = espinillas, las dos piernas
site-thigh_back-left = parte de atrás del muslo izquierdo
site-thigh_back-right = parte de atrás del muslo derecho
site-thigh_back-both = parte de atrás de los muslos, las dos piernas
site-thigh_front-left = parte de delante del muslo izquierdo
site-thigh_front-right = parte de delante del muslo derecho
site-thigh_front-both = parte de delante de los muslos, las dos piernas
site-other-left = otro sitio, pierna izquierda
site-other-right = otro sitio, pierna derecha
site-other-both = otro sitio, las dos piernas
relief-stretch = estirar
relief-walk = caminar
relief-massage = masaje
relief-heat = calor
relief-nothing = nada ayudó
relief-other = otra cosa
condition-diabetes = diabetes
condition-kidney_disease = enfermedad de los riñones
condition-thyroid_disorder = problema de tiroides
condition-peripheral_nerve_disorder = daño de los nervios de las piernas o los pies (neuropatía periférica)
condition-spinal_problems = problemas de columna
condition-circulation_problems = mala circulación en las piernas
condition-cirrhosis = cirrosis del hígado
condition-heart_failure = insuficiencia cardiaca

## Los títulos y las palabras del informe para el médico.
report-label-patient = Paciente
report-label-glance = De un vistazo
report-label-signs = Cuatro señales para ir al médico, y la revisión
report-label-answers = Preguntas sobre señales de alarma contestadas
report-label-answers_none = Todavía no se ha contestado ninguna pregunta sobre señales de alarma.
report-label-findings_none = Con el diario solo, ningún hallazgo requiere ir al médico.
report-label-rule = regla
report-label-sources = fuentes
report-label-hours = Hora de la noche (inicio de los calambres)
report-label-sites = Lugar y lado
report-label-no_cramps = Ningún calambre en el periodo.
report-label-medicines = Medicamentos (marcados con ★ los relacionados con calambres)
report-label-medicines_none = Ninguno anotado.
report-label-medicine = Medicamento
report-label-class = Tipo
report-label-since = Desde
report-label-until = Hasta
report-label-link = Relación con los calambres; calambres por semana antes / después de empezar
report-label-associations = asociaciones
report-label-none_stands_out = Nada destaca.
report-label-habits = Hábitos probados en el periodo
report-label-none_recorded = Ninguno anotado.
report-label-experiments = Experimentos personales (aleatorizados, una persona)
report-urgency-none = para información
report-urgency-routine = cita normal
report-urgency-soon = pronto
report-urgency-urgent = urgente: hoy
report-label-sources_cited = Fuentes citadas
report-experiment = { $change } ({ $code }; { $pairs ->
    [one] { $pairs } pareja
   *[other] { $pairs } parejas
} de { $nights ->
    [one] { $nights } noche
   *[other] { $nights } noches
}, del { $from } al { $to }; { $state })
report-experiment-numbers = Razón de tasas { $ratio } (intervalo del 95 %: { $low } a { $high }); se contaron { $change_nights } noches con el cambio y { $usual_nights } noches como siempre.
experiment-state-baseline = registro inicial
experiment-state-running = en curso
experiment-state-finished = terminado
experiment-state-stopped = detenido antes de tiempo

## Con qué constancia se siguió un paso del plan.
plan-adherence-stretched = estiramientos { $yes } de los últimos { $days } días
plan-adherence-water_l = agua anotada { $yes } de los últimos { $days } días
plan-adherence-tight_blankets = mantas apretadas { $yes } de los últimos { $days } días
plan-adherence-light_activity_min = actividad suave { $yes } de los últimos { $days } días
plan-adherence-missing = {" "}({ $missing } sin anotar)

## Los textos visibles de la exportación FHIR.
fhir-symptom = Síntoma
fhir-cramp = Calambre nocturno en la pierna
fhir-category = Síntoma comunicado por el paciente
fhir-woke = Despertó a la persona.
fhir-soreness = Dolor muscular después: { $hours } h.
fhir-disturbance = Alteración del sueño { $rating }/10.
fhir-cramps_per_week = Calambres en las piernas por semana (noches anotadas)
fhir-cramp_nights_per_week = Noches con calambres en las piernas por semana (noches anotadas)
fhir-known = Según { $known } noches anotadas; las noches sin anotar no se cuentan.
fhir-drug_class = Tipo de medicamento: { $label }.
fhir-condition_note = Comunicado por el paciente en nightcramp.
fhir-ci_low = Intervalo del 95 %, extremo inferior
fhir-ci_high = Intervalo del 95 %, extremo superior
fhir-probability_helps = Probabilidad de tener menos calambres con el cambio (razón de tasas menor que 1)
fhir-probability_meaningful = Probabilidad de tener al menos una quinta parte menos de calambres (razón de tasas menor que 0,8)
fhir-experiment = Ensayo personal aleatorizado n de 1 de «{ $change }» ({ $code }): razón de tasas de calambres por noche anotada, periodos con el cambio frente a periodos como siempre
fhir-not_enough_data = todavía no hay datos suficientes
fhir-verdict-likely_helps = probablemente ayuda
fhir-verdict-likely_worse = puede empeorar los calambres
fhir-verdict-no_meaningful_benefit = sin beneficio apreciable
fhir-verdict-unclear = todavía no está claro
fhir-verdict-not_enough_data = todavía no hay datos suficientes

## Los recordatorios del calendario.
calendar-name = recordatorios de nightcramp
calendar-water = Beba un vaso de agua
calendar-water_limited = Agua, según le indicó su equipo médico
calendar-stretch = Estiramiento de pantorrillas antes de acostarse
calendar-stretch-steps = Estiramiento de pantorrillas, 30 segundos por lado:

## Un calambre en una línea, duraciones, el estado de una noche.
episode-line = { $site }, dolor { $pain }/10, { $duration }
episode-woke = , le despertó
episode-sore = , dolor muscular { $hours } h
episode-eased = , alivio con { $relief }
duration-hours = { $hours } h
duration-minutes = { $minutes } min
duration-seconds = { $seconds } s
night-status-cramps = { $count ->
    [one] 1 calambre
   *[other] { $count } calambres
}
night-status-no_cramps = sin calambres
night-status-unknown = sin anotar

## Qué falla en un dato, y qué puede ser.
input-not_allowed = { $value } no es válido; se espera { $allowed }
input-missing = falta; se espera { $allowed }
input-field_not_allowed = { $field }: { $value } no es válido; se espera { $allowed }
input-field_missing = { $field }: falta; se espera { $allowed }
field-started_at = cuándo empezó
field-duration_s = cuánto duró
field-muscle = dónde
field-side = qué pierna
field-intensity = cuánto dolió
field-woke = le despertó
field-soreness_h = dolor después
field-relief = qué le ayudó
field-notes = notas
field-night = noche
field-date = día
allowed-rfc3339 = una fecha y hora con su desfase respecto a UTC, como 2026-11-29T02:40:00-05:00
allowed-duration_range = una duración de 1 segundo a 24 horas
allowed-intensity = un número entero del 1 al 10
allowed-zone_annotation = un nombre de zona horaria IANA conocido en la anotación [...]
allowed-time_zone = un nombre de zona horaria IANA, como Europe/Madrid
allowed-duration_seconds = segundos enteros del 1 al 86400
allowed-duration = una duración como 40s, 2m, 1m30s o 1h (de 1 segundo a 24 horas)
allowed-soreness = horas de 0 a 168, como 3 o 3h
allowed-list_of = una lista de { $list }
allowed-at_most_chars = como mucho { $count } caracteres
allowed-uuid = un UUID
allowed-json_value = un texto, un número, true o false, o null
allowed-json_words = una lista de palabras como ["stretch", "walk"], o un texto
allowed-medicine_name = un nombre de 1 a 100 caracteres
allowed-drug_class = un tipo de medicamento, porque { $name } no está en la lista de medicamentos de nightcramp: uno de { $list }
allowed-until_after = una fecha igual o posterior a la de inicio, { $since }
allowed-one_of = uno de { $list }
allowed-day_not_future = hoy o un día anterior: un día se anota a partir de ese día
allowed-day_factor = un factor del día; una noche se confirma con la confirmación de la mañana
allowed-disturbance = un número entero del 0 al 10
allowed-question_id = un identificador de pregunta: { $list }
allowed-cramp_time = una hora como 02:40 (el 02:40 más reciente), una fecha y hora de su reloj como 2026-11-29T02:40 o "2026-11-29 02:40", o una hora exacta como 2026-11-29T02:40:00+01:00
allowed-cramp_time_date_alone = una fecha y una hora, como 2026-11-29T02:40: una fecha sola no dice cuándo fue el calambre
allowed-fold = una hora que ocurrió una sola vez: { $civil } ocurrió dos veces esa noche al retrasar los relojes; indique su desfase, { $before } o { $after }
allowed-time_from = una hora a partir de { $year }
allowed-time_past = una hora que ya haya pasado (ahora son las { $now })
allowed-date = una fecha como AAAA-MM-DD
allowed-date_exists = una fecha que exista, como AAAA-MM-DD
allowed-date_range = una fecha del { $from } al { $to }
allowed-last_day = una fecha como AAAA-MM-DD, hoy ({ $today }) o después
allowed-factor_name = uno de los factores del día ({ $list }) o custom:NOMBRE
allowed-custom_name = un nombre de 1 a { $max } caracteres sin '=', ',' ni caracteres de control
allowed-bool = true/false, yes/no o 1/0
allowed-true_false = verdadero o falso
allowed-hours = un número de horas, como 9, 9h, 7.5h o 90min
allowed-minutes = un número de minutos, como 45, 45min o 1.5h
allowed-litres = un número de litros, como 1.5, 1.5l o 750ml
allowed-milligrams = un número de miligramos, como 300 o 300mg
allowed-count = un número entero, como 2
allowed-range-hours = { $whole ->
    [yes] un número entero de { $min } a { $max } horas
   *[no] de { $min } a { $max } horas
}
allowed-range-minutes = { $whole ->
    [yes] un número entero de { $min } a { $max } minutos
   *[no] de { $min } a { $max } minutos
}
allowed-range-litres = { $whole ->
    [yes] un número entero de { $min } a { $max } litros
   *[no] de { $min } a { $max } litros
}
allowed-range-milligrams = { $whole ->
    [yes] un número entero de { $min } a { $max } mg
   *[no] de { $min } a { $max } mg
}
allowed-range-count = { $whole ->
    [yes] un número entero de { $min } a { $max }
   *[no] de { $min } a { $max }
}
allowed-number_from = un número de { $min } a { $max }
allowed-custom_value = un sí/no o un número para un factor propio
allowed-bool_or_number = yes/no (true/false, 1/0) o un número
allowed-pairs = de { $min } a { $max } parejas de periodos
allowed-period_nights = de { $min } a { $max } noches
allowed-washout = menos de la mitad de las { $nights } noches de un periodo (de 0 a { $max })
allowed-night_ended = una noche que ya haya terminado (anterior a hoy)
allowed-whole_number = un número entero
allowed-clock_time = una hora como HH:MM, por ejemplo 22:30
allowed-name_value = NOMBRE=VALOR, como "viaje largo=yes"
allowed-birth_year = un año de 1900 a 2030
allowed-time_zone_example = un nombre de zona horaria IANA, como Europe/Madrid o America/Mexico_City
allowed-day = una fecha como AAAA-MM-DD, today o yesterday
allowed-coins = una moneda por cada una de las { $pairs } parejas

## Qué falla en un archivo, y dónde.
file-bad-file = { $file }: { $reason }
file-bad-field = { $file }: { $column }: { $reason }
file-bad-line = { $file }:{ $line }: { $reason }
file-bad-line_column = { $file }:{ $line }: columna { $column }: { $reason }
file-unrecognised = { $file }: no es un archivo que nightcramp conozca. { $accepts }
file-accepts = nightcramp import acepta: un CSV de calambres (una cabecera con started_at, duration_s, muscle, side, intensity), un CSV de días (una cabecera que empieza por date), una copia de seguridad JSON de nightcramp ("format": "nightcramp/1"), una exportación de Apple Salud (el zip que comparte la app Salud, o su export.xml), una exportación de Fitbit o de Google Takeout (el zip, su carpeta descomprimida o uno de sus archivos JSON o CSV), una exportación de una cuenta de Garmin (el zip o su carpeta), una descarga de datos personales de Samsung Health (la carpeta, o un zip de ella) y una exportación de Health Connect (el zip, o el health_connect_export.db que contiene)
file-cells = tiene { $cells } celdas, pero la cabecera tiene { $width }
file-unreadable_row = no se puede leer esta fila: { $detail }
file-unreadable_header = no se puede leer la cabecera: { $detail }
file-unknown_column = columna desconocida; se admiten: { $list }
file-twice = esta columna aparece dos veces
file-required_column = falta una columna obligatoria; son obligatorias: { $list }
file-unknown_day_column = columna desconocida; se espera { $allowed } o { $disturbance }
file-not_a_backup = no es una copia de seguridad válida de nightcramp: { $detail }
file-format = { $format } no es un formato que esta versión lea; se espera { $expected } (quizá lo escribió un nightcramp más reciente)
file-medication = necesita un nombre, fechas del { $year }-01-01 a mañana y una fecha de fin igual o posterior a la de inicio
file-disturbance = se espera un número entero del 0 al 10
file-answer = necesita un identificador de pregunta y una hora de { $year } hasta ahora

file-kind-episodes_csv = CSV de calambres
file-kind-days_csv = CSV de días
file-kind-json_backup = copia de seguridad JSON de nightcramp

## La exportación de un reloj o un teléfono: qué es, qué se dejó fuera, qué tiene de malo.
wearable-kind-apple_health = Exportación de Apple Salud
wearable-kind-fitbit = Exportación de Fitbit
wearable-kind-garmin = Exportación de Garmin
wearable-kind-samsung_health = Exportación de Samsung Health
wearable-kind-health_connect = Exportación de Health Connect
wearable-note-out_of_range = { $count ->
    [one] se dejó fuera 1 día con fecha anterior a 1900 o posterior a mañana
   *[other] se dejaron fuera { $count } días con fecha anterior a 1900 o posterior a mañana
}
wearable-note-fitbit_zone = Fitbit guarda los pasos por minuto en hora UTC: se pusieron en los días de { $zone } ({ $from })
wearable-note-garmin_fit = { $count ->
    [one] se saltó 1 archivo de actividad FIT: sus minutos ya están en los resúmenes diarios de Garmin
   *[other] se saltaron { $count } archivos de actividad FIT: sus minutos ya están en los resúmenes diarios de Garmin
}
wearable-note-samsung_placeholders = { $count ->
    [one] se saltó 1 fila con fecha anterior a 2010: Samsung Health escribe esas filas de relleno, no son registros
   *[other] se saltaron { $count } filas con fecha anterior a 2010: Samsung Health escribe esas filas de relleno, no son registros
}
wearable-zone_from-diary = la zona horaria de su diario
wearable-zone_from-computer = la zona horaria de este ordenador
wearable-zone_from-profile = la zona horaria de su perfil de Fitbit
wearable-zone_from-as_written = tal como vienen escritos
wearable-what-samsung = los archivos CSV de Samsung Health
wearable-what-fitbit = los archivos de Fitbit
wearable-what-garmin = los archivos diarios de Garmin
wearable-file = { $file }: { $reason }
wearable-line = línea { $line }: { $reason }
wearable-entry = { $file }: el elemento { $entry } del archivo comprimido está dañado: { $detail }
wearable-not_zip = { $file }: no es un archivo zip legible: { $detail }
wearable-file_too_big = { $file }: { $entry } pesa { $mb } MB; { $what } pesan unos pocos MB, así que este no es uno de ellos
wearable-csv_no_header_line = se esperaba una línea que nombra los datos y después una cabecera
wearable-not_csv = no es un archivo CSV: { $detail }
wearable-csv_columns = se esperaba una cabecera con las columnas { $wanted }; tiene { $found }
wearable-fitbit_json = no es el JSON que Fitbit escribe para este archivo (línea { $line }, columna { $column }): { $detail }
wearable-fitbit_steps_entry = entrada { $entry }: se esperaba una hora como "01/31/20 23:59:00" y un número de pasos; tiene { $time } y { $value }
wearable-fitbit_steps_csv = se esperaba una hora UTC como 2026-09-12T05:00:00Z y un número de pasos; tiene { $time } y { $steps }
wearable-fitbit_sleep_csv = se esperaba un sueño con sus minutos dormidos, horas UTC de inicio y fin como 2026-09-11T23:00:00Z y desfases como +01:00; tiene { $cells }
wearable-fitbit_stage = se esperaba una fase AWAKE, LIGHT, DEEP o REM; tiene { $found }
wearable-fitbit_stage_times = se esperaban horas UTC de inicio y fin como 2026-09-11T23:00:00Z y desfases como +01:00; tiene { $cells }
wearable-garmin_json = no es el JSON que Garmin escribe para este archivo (línea { $line }, columna { $column }): { $detail }
wearable-garmin_not_list = se esperaba una lista de días
wearable-garmin_date = entrada { $entry }: se esperaba un calendarDate como "2020-01-31"
wearable-samsung_day_time = se esperaba day_time en milisegundos desde 1970 o una hora como 2024-06-01 00:00:00.000; tiene { $found }
wearable-samsung_steps = se esperaba un número de pasos; tiene { $found }
wearable-samsung_span = se esperaban horas UTC como 2024-06-01 22:30:00.000 y un desfase como UTC+0200; tiene { $start }, { $end } y { $offset }
wearable-samsung_stage = se esperaba una fase 40001 (despierto), 40002 (ligero), 40003 (profundo) o 40004 (REM); tiene { $found }
wearable-samsung_duration = se esperaba una duración en milisegundos; tiene { $found }
wearable-samsung_empty = { $count ->
    [one] { $file }: una exportación de Samsung Health con 1 archivo y ningún día: nightcramp lee los pasos diarios (com.samsung.shealth.step_daily_trend), el sueño y sus fases (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) y el ejercicio (com.samsung.shealth.exercise)
   *[other] { $file }: una exportación de Samsung Health con { $count } archivos y ningún día: nightcramp lee los pasos diarios (com.samsung.shealth.step_daily_trend), el sueño y sus fases (com.samsung.shealth.sleep, com.samsung.health.sleep_stage) y el ejercicio (com.samsung.shealth.exercise)
}
wearable-hc_offset = un desfase de { $seconds } segundos respecto a UTC, que no existe en ningún lugar
wearable-hc_end_before_start = un final ({ $end }) anterior a su inicio ({ $start })
wearable-hc_out_of_range = una hora fuera de rango ({ $ms } ms)
wearable-hc_negative_steps = un número de pasos negativo ({ $count })
wearable-no_hc_db = { $file }: no contiene { $db }
wearable-hc_too_big = { $file }: { $entry } pesa { $mb } MB, más de lo que cabe en una exportación de Health Connect
wearable-hc_damaged = { $file }: la base de datos está dañada ({ $detail }): vuelva a exportarla desde los ajustes de Health Connect
wearable-hc_not_export = { $file }: no es una exportación de Health Connect: no tiene application_info_table (tiene { $tables })
wearable-hc_table = { $file }: { $table } no es la tabla que escribe Health Connect: { $detail }
wearable-hc_row = { $file }: { $table }, fila { $id }: { $reason }
wearable-hc_empty = { $file }: una exportación de Health Connect con { $count } registros de pasos, sueño y ejercicio y ningún día: nightcramp lee steps_record_table, sleep_session_record_table con sleep_stages_table, y exercise_session_record_table
wearable-apple_not_export = no es una exportación de Apple Salud: no hay ningún elemento <HealthData> en los primeros { $bytes } bytes
wearable-apple_damaged = la exportación está dañada cerca del byte { $position }: { $detail }
wearable-apple_truncated = la exportación se corta antes de tiempo (¿incompleta?) cerca del byte { $position }: nunca llegó </HealthData>, así que no se importó nada
wearable-apple_io = no se pudo leer la exportación: { $detail }
wearable-apple_empty = { $file }: una exportación de Apple Salud sin ningún registro. Vuelva a exportar desde la app Salud (su foto, luego Exportar todos los datos de salud) e importe el zip que crea
wearable-apple_unused = { $file }: una exportación de Apple Salud con { $count } registros ({ $kinds }), ninguno de los cuales da un valor para el diario: nightcramp lee pasos, minutos de ejercicio, entrenamientos, sueño, agua y cafeína
wearable-apple_undated = { $unused }. { $count } de sus registros de pasos, ejercicio, sueño, agua o cafeína tienen fechas de inicio en una forma que nightcramp no conoce, así que ninguno pudo ponerse en un día
wearable-xml_truncated_element = el archivo termina en mitad de un elemento (¿incompleto?)
wearable-xml_too_long = un elemento de más de { $mb } MB
wearable-xml_stray_lt = un '<' que no abre ningún elemento
wearable-xml_slash = una '/' dentro de un elemento
wearable-xml_unclosed = un elemento que nunca cierra su etiqueta
wearable-xml_no_value = el atributo '{ $key }' no tiene valor
wearable-xml_unquoted = el valor del atributo '{ $key }' no está entre comillas

## Por qué un experimento no puede empezar o leerse.
error-experiment-change = --change { $given }: { $why }
error-experiment-not_a_factor = no es un factor; se espera { $allowed }
error-experiment-takes = { $name } admite { $allowed }
error-experiment-how_much = diga cuánto, por ejemplo { $name }=30 (al menos eso en las noches de cambio) o { $name }=0 (nada)
error-experiment-which = diga cuál, por ejemplo { $name }={ $example }
error-experiment-needs = un cambio necesita { $allowed }
error-experiment-option = { $option } { $given }: { $allowed }
error-experiment-past_start = --start { $given }: un experimento empieza esta noche ({ $tonight }) o más tarde; a las noches ya pasadas no se les puede asignar un grupo después
error-experiment-already_running = ya hay un experimento en marcha (prueba { $change }, empezó el { $start }); solo puede haber uno a la vez. Véalo con `nightcramp experiment`, o termínelo con `nightcramp experiment stop`
error-experiment-baseline = solo { $known } de las { $nights } noches anteriores al { $start } están anotadas (hacen falta al menos { $needed } para ver con qué frecuencia vienen los calambres); confirme cada mañana durante dos semanas, o empiece más tarde con --start
error-experiment-tampered = el experimento que prueba { $change } (desde el { $start }): su calendario guardado se cambió fuera de nightcramp ({ $detail }), así que ya no es una prueba justa. Termínelo con `nightcramp experiment stop` y empiece uno nuevo
error-experiment-over = el experimento ya no está en marcha

## Lo que el almacén rechaza, y por qué.
store-account_exists = ya existe una cuenta llamada { $name }; elija otro nombre
store-remove_self = no puede quitar su propia cuenta; puede hacerlo otro administrador, o la línea de órdenes (nightcramp accounts remove)
store-account_name = { $name } no vale como nombre de cuenta; use de 1 a 64 letras, cifras, espacios, '.', '-', '_', '@' o un apóstrofo, sin espacios al principio ni al final
store-no_account = no hay ninguna cuenta llamada { $name }
store-diary_holds_entries = el diario de { $name } tiene anotaciones; para quitarlo con la cuenta añada --delete-diary (antes se hace una copia)
store-cannot_receive = { $with } es una cuenta de { $role }; un diario se puede compartir con un profesional sanitario o un investigador
store-no_share = ningún acceso a este diario tiene el identificador { $id }; `nightcramp share list` los muestra
store-several_shares = más de un acceso empieza por { $id }; dé más caracteres del identificador
store-no_owner = este diario todavía no pertenece a ninguna cuenta; añada antes a su persona (nightcramp accounts add NOMBRE)
store-experiment_fixed = experimento { $id }: su calendario se fijó al empezar y no se puede cambiar; solo se puede detener
store-not_empty = el almacén de destino no está vacío
allowed-language = en, es, de, fr, o auto para seguir al terminal y al navegador
