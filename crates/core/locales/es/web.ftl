## The web app's own words (pages, buttons, the phone script's messages). Keys ending in _html hold a
## little markup of our own and no variables.

## Todas las páginas
web-skip = Ir al contenido
web-theme = Cambiar entre oscuro y claro
web-yes = sí
web-no = no
web-save = Guardar
web-why = Por qué:
web-logout = Cerrar sesión
web-manifest-description = Un diario privado de los calambres nocturnos en las piernas.
web-reading-banner = Diario de { $name }, compartido con usted: solo lectura
web-nav-main = Principal
web-nav-shared = Diario compartido
web-nav-home = Inicio
web-nav-morning = Mañana
web-nav-day = Día
web-nav-insights = Análisis
web-nav-checkup = Revisión
web-nav-guide = Guía
web-nav-experiment = Experimento
web-nav-report = Informe
web-link-stretch = Estiramiento antes de dormir
web-link-plan = Su plan
web-link-entries = Anotaciones
web-link-import = Importar desde un reloj
web-link-report = Informe para su médico
web-link-sharing = Compartir
web-link-audit = Quién leyó su diario
web-language-label = Idioma
web-language-auto = El de mi navegador
web-language-save = Cambiar
web-language-unknown = { $value } no es un idioma de nightcramp; elija English, Español, Deutsch o Français.

## Mensajes tras una acción
web-flash-logged = Calambre anotado. Descanse; complete el resto por la mañana si quiere.
web-flash-logged_on = Calambre anotado en la noche del { $night }. Descanse; complete el resto por la mañana si quiere.
web-flash-saved = Guardado.
web-flash-deleted = Borrado.

## Errores
web-error-title = Algo salió mal
web-error-back = Volver al inicio
web-error-diary = No se pudo leer ni escribir el diario en este momento. No se ha perdido nada; inténtelo de nuevo.
web-error-page = No se pudo mostrar esta página.
web-error-no_diary = Esta cuenta no tiene diario propio.
web-error-guide = No se pudo cargar la guía.
web-error-no_page = Esa página no existe.
web-error-not_found = No encontrado
web-error-no_topic = Ese tema de la guía no existe.
web-error-checkup = No se pudo hacer la revisión.
web-error-report = No se pudo preparar el informe.
web-refused-loopback = Este nightcramp solo responde en este ordenador (127.0.0.1).
web-refused-other_site = Rechazado: la petición venía de otro sitio web.
web-refused-accounts = Este diario tiene ahora cuentas, así que cada persona debe iniciar sesión: reinicie nightcramp serve.
web-refused-expired = Rechazado: este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.

## Inicio
web-home-last_night = Anoche
web-home-check_in = Confirmar la noche de ayer
web-home-four_weeks = Las últimas cuatro semanas
web-home-calendar_caption = Noches: un número si hubo calambres, o si fue tranquila, un punto si no se anotó
web-home-legend-cramps = calambres
web-home-legend-quiet = tranquila
web-home-legend-unknown = sin anotar

## El calambre
web-cramp-title = Calambre
web-cramp-now = Calambre ahora
web-cramp-while = Mientras duele
web-cramp-over = Ya pasó
web-cramp-where = ¿Dónde fue?
web-cramp-last_night = Un calambre anoche
web-cramp-on_night = Un calambre en la noche del { $night }
web-cramp-which_night = ¿Qué noche? (la tarde en que empezó)
web-cramp-what_time = ¿Hacia qué hora?
web-cramp-how_long = ¿Cuánto duró, más o menos?
web-cramp-side = Lado
web-cramp-muscle = Músculo
web-cramp-pain = Dolor, de 1 a 10
web-cramp-woke = ¿Le despertó?
web-cramp-awake = no, ya estaba despierto o despierta
web-cramp-no_start = Falta la hora de inicio del calambre; vuelva a empezar desde la página de inicio.

## La mañana
web-morning-title = ¿Qué tal anoche?
web-morning-disturbance = ¿Cuánto le alteraron el sueño los calambres? (0 nada, 10 mucho; opcional)
web-morning-no_cramps = Sin calambres
web-morning-had_cramp = Tuve un calambre
web-morning-bad_night = Esa noche no es una fecha que el diario pueda guardar: { $value } no es válido; se espera { $allowed }.
web-morning-bad_disturbance = Alteración del sueño: { $value } no es válido; se espera { $allowed }.
web-morning-delete_hint = Bórrelos en la página de anotaciones si fueron un error.

## El día
web-day-title = Su día
web-day-before = ← Día anterior
web-day-next = Día siguiente →
web-day-hint = Lo que anote de este día se compara con la noche que sigue. Deje en blanco lo que no sepa.
web-day-not_recorded = sin anotar
web-day-less = menos: { $label }
web-day-more = más: { $label }
web-day-import_said = Su importación decía { $value }; cuenta lo que usted anotó.
web-day-own = Los suyos
web-day-own_value = (sí/no o un número)
web-day-add_own = Añadir uno propio (por ejemplo: viaje largo en coche)
web-day-value = Valor
web-day-save = Guardar el día
web-day-no_date = Falta el día o no es una fecha.
web-day-bad_name = el nombre de su factor propio: { $why }
web-day-not_saved = No se guardó nada. { $why }

## Anotaciones
web-entries-title = Anotaciones
web-entries-hint = Las últimas 30 noches. Puede corregir o borrar cualquier calambre o confirmación.
web-entries-edit = Corregir
web-entries-delete = Borrar
web-entries-checked_in = Confirmada.
web-entries-remove_checkin = Quitar la confirmación
web-entries-no_cramp = Ese calambre no está en el diario.
web-entries-no_entry = Esa anotación no existe.
web-edit-title = Corregir el calambre
web-edit-started = Empezó (una hora como 03:10 de la misma noche, o una fecha y hora como 2026-11-29T03:10)
web-edit-lasted = Duró (40s, 2m o segundos)
web-edit-pain = Dolor (1-10)
web-edit-woke = Me despertó
web-edit-notes = Notas
web-delete-title = ¿Borrar?
web-delete-cramp = ¿Borrar el calambre de las { $time } de la noche del { $night }? No se puede deshacer.
web-delete-checkin = ¿Borrar la confirmación de la noche del { $night }? La noche quedará sin anotar. No se puede deshacer.
web-delete-keep = Conservarlo

## Análisis
web-insights-title = Análisis
web-insights-numbers = Las cifras
web-insights-numbers_line = { $factor } (desfase de { $lag } días): razón de riesgos { $ratio } [{ $low } a { $high }], { $p }, { $q } (ajustado por el número de pruebas)
web-insights-none = Todavía no destaca ningún factor.
web-insights-together = En conjunto
web-insights-counts = { $quiet } pruebas de factores no muestran una relación clara; { $waiting } necesitan más datos.
web-insights-trends = Tendencias
web-insights-trend_cramps = Calambres por semana
web-insights-trend_pain = Dolor
web-insights-trend_duration = Duración
web-insights-trend_line = { $name }: { $trend }
web-insights-chart_weeks = Noches con calambres, semana a semana
web-insights-chart_pain = Dolor de cada calambre (0-10)
web-insights-chart_hours = Cuándo empiezan los calambres (hora de la noche)

## Revisión
web-checkup-title = Revisión
web-checkup-answer_below = Contéstelas abajo.
web-checkup-rule = Regla { $rule } · fuentes:
web-checkup-questions = Unas preguntas sobre señales de alarma
web-checkup-last_answers = Últimas respuestas de { $name } (solo lectura):
web-checkup-not_answered = sin contestar
web-checkup-check = Comprobar
web-checkup-caution = nightcramp informa; no diagnostica. Si algo le preocupa, vaya al médico diga lo que diga esta página.

## Guía, fuentes, estiramiento, plan
web-guide-title = Guía
web-guide-stretch = Estiramiento antes de dormir, con temporizador
web-guide-sources = De dónde sale cada afirmación y qué tipo de prueba es cada fuente.
web-guide-caution = nightcramp informa; no diagnostica.
web-topic-all = Todos los temas
web-sources-title = Fuentes
web-sources-lead = Cada afirmación de nightcramp dice de dónde viene. Aquí está cada fuente completa, con el tipo de prueba que es.
web-sources-kind = Tipo de prueba:
web-sources-back = Volver a la guía
web-stretch-start = Empezar 30 segundos
web-plan-hint = Los pasos de prevención, primero los que más le importan a usted.
web-plan-lately = Últimamente:
web-plan-reminders = Recordatorios en su calendario
web-plan-reminders_what = Agua a lo largo del día y el estiramiento antes de dormir, cada día:
web-plan-subscribe = suscribirse al calendario
web-plan-reminders_times = (acostarse a las 22:30 y levantarse a las 07:00, salvo que el enlace diga otras horas, como bedtime=23:00 y wake=06:30).
web-plan-caution = No deje nunca por su cuenta un medicamento recetado: hable con quien se lo recetó.
web-calendar-invalid = Este enlace de calendario no es válido; cópielo de nuevo desde la página del plan.

## Experimentos
web-experiment-title = Probar un cambio en usted mismo
web-experiment-design = { $pairs } parejas de periodos de { $nights } noches; las primeras { $washout } noches de cada uno no se cuentan.
web-experiment-progress = { $done } de { $total } noches; { $complete } de { $pairs } parejas completas.
web-experiment-period = Periodo
web-experiment-nights = Noches
web-experiment-arm = Grupo
web-experiment-arm-change = cambio
web-experiment-arm-usual = como siempre
web-experiment-span = del { $from } al { $to }
web-experiment-stop = Detener el experimento
web-experiment-so_far = Lo que muestra hasta ahora
web-experiment-counted = Noches contadas: { $change } con el cambio, { $usual } como siempre; se dejan fuera { $washout } de adaptación y { $unknown } sin anotar. Calambres: { $change_cramps } en noches con el cambio, { $usual_cramps } en noches como siempre.
web-experiment-start_title = Empezar un experimento
web-experiment-what = Qué probar
web-experiment-something_else = otra cosa
web-experiment-other = Otra cosa (un factor, como custom:almohada bajo las rodillas)
web-experiment-pairs = Parejas de periodos (de 2 a 8)
web-experiment-first_night = Primera noche (opcional: esta noche si tiene anotadas las dos últimas semanas)
web-experiment-start = Empezar
web-experiment-limits = Lo que un resultado puede y no puede decirle
web-experiment-more = Más en la guía
web-experiment-chart_periods = Calambres por noche contada, periodo a periodo
web-experiment-chart_curve = Qué probabilidad tiene cada razón de tasas (por debajo de 1: menos calambres con el cambio)
web-experiment-rate_ratio = razón de tasas { $ratio }
web-experiment-bad_pairs = Parejas de periodos: { $value } no es un número.
web-experiment-not_started = El experimento no se empezó: { $why }.
web-experiment-unreadable = No se pudo leer el experimento en este momento.
web-experiment-unsaved = No se pudo guardar el experimento en este momento. No se cambió nada; inténtelo de nuevo.
web-experiment-unstopped = No se pudo detener el experimento en este momento. Inténtelo de nuevo.

## Importar
web-import-title = Importar desde un reloj o un teléfono
web-import-intro = Los pasos, los minutos de ejercicio y las horas de sueño se rellenan solos con la exportación de su teléfono o su reloj. Lo que usted escribió nunca se sobrescribe; si la exportación dice otra cosa, después de importar verá los dos valores aquí abajo.
web-import-apple = app Salud, su foto, Exportar todos los datos de salud: el export.zip (o el export.xml que contiene).
web-import-fitbit = Google Takeout con Fitbit marcado: el takeout-….zip.
web-import-garmin = en su cuenta de Garmin, Exportar sus datos: el zip que le envían.
web-import-samsung = en los ajustes de la app, Descargar datos personales: guarda una carpeta; haga un zip de esa carpeta y elija el zip.
web-import-health_connect = en sus ajustes, exportar sus datos: el zip que guarda (o el health_connect_export.db que contiene).
web-import-file = Archivo exportado
web-import-start = Importar
web-import-noscript = Para subir el archivo hace falta JavaScript. Sin él, importe desde un terminal:
web-import-again = Importar dos veces la misma exportación no añade nada. Una exportación más reciente trae los días nuevos y completa los días que una anterior trajo solo en parte.
web-import-result_days = { $kind }: { $days ->
    [one] 1 día leído.
   *[other] { $days } días leídos.
}
web-import-result_counts = { $added } valores nuevos, { $updated } actualizados, { $already } ya estaban en el diario.
web-upload-broke = la subida se cortó ({ $detail }). No se importó nada.
web-upload-too_big = el archivo pesa más de { $gb } GB; impórtelo con `nightcramp import`. No se importó nada.
web-upload-empty = el archivo subido estaba vacío: elija un archivo exportado
web-upload-not_export = nightcramp no sabe leer esta exportación: elija el export.zip de la app Salud de Apple (o el export.xml que contiene), un zip de Google Takeout con datos de Fitbit, el zip de exportación de una cuenta de Garmin, un zip de la carpeta de datos personales de Samsung Health o el zip que exporta Health Connect. Los archivos del diario (CSV, copias JSON) se importan con `nightcramp import`. No se importó nada.
web-upload-damaged = { $reason }. No se importó nada.
web-upload-keeping = el servidor no pudo guardar el archivo subido (¿está lleno su disco?). No se importó nada.

## Compartir y el registro de accesos
web-shares-title = Compartir su diario
web-shares-intro = Un profesional sanitario o un investigador con quien comparta puede leer su diario (noches, análisis, revisión, informe), pero nunca cambiarlo, hasta el día que usted elija o hasta que lo termine. Cada vez que mire, aparece en:
web-shares-audit_link = quién leyó su diario
web-shares-with = Nombre de su cuenta
web-shares-until = Hasta (déjelo vacío: hasta que usted lo termine)
web-shares-share = Compartir
web-shares-no_accounts = Este diario todavía no pertenece a ninguna cuenta. Se puede compartir cuando las personas tienen cuentas:
web-shares-yours = Lo que comparte
web-shares-none = No ha compartido su diario.
web-shares-end = Dejar de compartir ahora
web-shares-until_day = puede leerlo hasta el { $day }
web-shares-until_ended = puede leerlo hasta que usted deje de compartir
web-shares-expired = terminado (pasó su último día)
web-shares-revoked = terminado por usted
web-shares-a_link = Un enlace
web-shares-bad_until = Hasta: { $value } no es válido; se espera { $allowed }, o déjelo vacío.
web-audit-intro = Cada consulta de otra persona, cada exportación, cada cambio en lo que comparte y cada inicio de sesión en su cuenta, de lo más antiguo a lo más reciente. Nada de esto se puede cambiar ni borrar.
web-audit-nothing = Nada todavía.
web-audit-when = Cuándo
web-audit-who = Quién
web-audit-what = Qué
web-audit-from = Desde dónde
web-audit-read = leyó su diario ({ $detail })
web-audit-export = lo exportó ({ $detail })
web-audit-share_added = lo compartió ({ $detail })
web-audit-share_revoked = dejó de compartirlo ({ $detail })
web-audit-login = inició sesión
web-audit-login_failed = un intento de inicio de sesión con una contraseña equivocada

## Profesionales y administradores
web-people-title = Sus pacientes
web-people-heading = Personas que han compartido su diario con usted
web-people-intro = Lo más urgente primero: la revisión de cada diario, los calambres por semana de las últimas cuatro semanas y si esa cifra va en aumento. Solo lectura; cada consulta queda en el registro de accesos de la persona.
web-people-none = Nadie ha compartido todavía un diario con usted, o todo lo compartido ha terminado.
web-people-person = Persona
web-people-rate = Calambres por semana
web-people-trend = Tendencia
web-people-open = Abrir
web-admin-title = Cuentas
web-admin-intro = Como administrador decide quién tiene una cuenta aquí. No puede leer el diario de nadie.
web-admin-role = Función
web-admin-since = Desde
web-admin-remove = Quitar
web-admin-remove_name = Quitar a { $name }
web-admin-remove_hint = A una persona con anotaciones en su diario solo se la quita desde la línea de órdenes, que antes hace una copia del diario:
web-admin-add_title = Añadir una cuenta
web-admin-password = Contraseña (al menos 8 caracteres)
web-admin-add = Añadir
web-admin-failed = No se pudieron leer ni cambiar las cuentas; inténtelo de nuevo.
web-role-person = persona
web-role-clinician = profesional sanitario
web-role-researcher = investigador
web-role-admin = administrador

## Iniciar sesión
web-login-title = Iniciar sesión
web-login-name = Nombre
web-login-password = Contraseña
web-login-rate_limited = Demasiados intentos fallidos desde esta dirección; espere un minuto e inténtelo de nuevo.
web-login-busy = Demasiados inicios de sesión a la vez; espere un momento e inténtelo de nuevo.
web-login-wrong_password = Contraseña equivocada.
web-login-wrong_name = Nombre o contraseña equivocados.

## Los botones de la página del informe
web-report-pdf = Descargar el PDF
web-report-print = Imprimir
web-report-back = Volver

## El programa del teléfono (los valores entre llaves los rellena el programa)
web-js-queued_refused = El diario rechazó un calambre guardado en este teléfono ({ $reasons }). Sigue guardado en este teléfono.
web-js-queued_sent = Se envió el calambre guardado en este teléfono.
web-js-saved_offline = Guardado en este teléfono. Se enviará cuando el diario vuelva a estar disponible.
web-js-logged = Calambre anotado. Descanse.
web-js-stretch_left = Pierna izquierda atrás
web-js-stretch_right = Pierna derecha atrás
web-js-stretch_done_one = Hecho. Ahora: { $next }
web-js-stretch_done_both = Los dos lados hechos. Buenas noches.
web-js-stretch_other_side = Empezar el otro lado
web-js-stretch_again = Empezar de nuevo
web-js-upload_progress = Subiendo: { $done } de { $total }, { $rate }/s, quedan unos { $left } s
web-js-upload_done = Subido. Leyendo la exportación…
web-js-upload_broke = La subida se cortó (¿sigue en marcha el servidor?). No se importó nada.
web-js-upload_unreadable = No se pudo leer la respuesta del servidor.
web-js-upload_failed = La importación falló ({ $status }).
