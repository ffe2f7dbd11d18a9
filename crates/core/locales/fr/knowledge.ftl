### Les textes de la base de connaissances, en français, avec les mêmes identifiants que
### l'anglais (knowledge/*.toml garde une seule fois les sources et la solidité de chaque
### affirmation). Registre : vous ; des mots simples, pour une personne âgée qui lit la nuit.

## Solidité des preuves, comme elle s'affiche à côté de chaque affirmation.

strength-strong = preuves solides
strength-moderate = preuves modérées
strength-weak = preuves faibles
strength-mixed = preuves contradictoires
strength-expert_advice = avis d'experts, non testé dans des essais
strength-descriptive = contexte

## Le guide : les thèmes et leurs affirmations. Règle d'écriture : avec nos propres mots ;
## ne jamais recopier une phrase de l'article ou d'une source.

topic-urgent-title = Quand demander de l'aide tout de suite
topic-urgent-summary = Les signes qui demandent des soins aujourd'hui même, ou un appel d'urgence, quoi que disent le reste de ce guide ou votre journal.
statement-urgent-emergency = Appelez les urgences (112, 911 ou 999) si les troubles de la jambe s'accompagnent d'un essoufflement soudain, d'une douleur dans la poitrine qui augmente quand vous inspirez, ou si vous crachez du sang.
statement-urgent-spine = Allez tout de suite aux urgences si une douleur du dos ou des jambes s'accompagne d'un engourdissement nouveau autour des fesses ou entre les jambes, d'une difficulté nouvelle à commencer, arrêter ou sentir le passage de l'urine, de fuites, d'une perte du contrôle des selles, ou d'une faiblesse ou d'un engourdissement des deux jambes. Cela peut vouloir dire que des nerfs sont comprimés en bas de la colonne (syndrome de la queue de cheval), ce qui doit être traité en quelques heures.
statement-urgent-clot = Consultez en urgence le jour même si une jambe est gonflée, chaude, ou plus rouge ou plus foncée que l'autre, ou si ses veines sont dures ou douloureuses ; ou si la douleur d'un mollet reste entre les crampes, augmente debout ou à la marche, ou ne se calme pas quand vous l'étirez. Un seul de ces signes suffit : ce peut être un caillot de sang (thrombose veineuse profonde), pas une crampe.
statement-urgent-wont_release = Consultez tout de suite si une crampe reste dure après plus de 10 minutes d'étirement.
statement-urgent-other_signs = Voyez un médecin tout de suite si vous avez aussi des crampes dans la poitrine, les bras ou le ventre ; si vous perdez nouvellement de la force ou de la sensibilité quelque part ; si des muscles tressautent sous la peau ; ou si les crampes arrivent après une grosse perte de liquide par vomissements, diarrhée ou sueur, ou après un nouveau diurétique ou une dose plus forte.
statement-urgent-toxin = Consultez tout de suite si les crampes ont commencé après un contact avec un poison comme le plomb ou le mercure, ou après une plaie souillée (le tétanos peut donner des crampes).
statement-urgent-statin = Si vous prenez une statine et que vous avez des douleurs fortes ou une sensibilité dans de nombreux muscles, une faiblesse musculaire nouvelle, ou des urines foncées, couleur de cola, demandez une aide médicale aujourd'hui et dites que vous prenez une statine. Les courbatures plus légères après le début d'une statine sont à signaler à la personne qui vous l'a prescrite.
statement-urgent-pregnancy = Pendant la grossesse, contactez tout de suite votre sage-femme ou votre médecin si une douleur de jambe ne se calme pas, est forte, ou s'accompagne d'un gonflement, de chaleur, de rougeur ou d'une gêne pour marcher.

topic-what-title = Ce que sont les crampes nocturnes
topic-what-summary = Un durcissement soudain et douloureux d'un muscle de la jambe au repos ou pendant le sommeil, que l'étirement fait céder. Ce n'est pas le syndrome des jambes sans repos.
statement-what-definition = Une crampe nocturne, c'est un muscle de la jambe ou du pied qui se contracte d'un coup, tout seul, le plus souvent au lit. Le muscle est dur au toucher et il fait mal.
statement-what-where = Le plus souvent, c'est le mollet. Viennent ensuite le pied et les orteils ; la cuisse est bien plus rare.
statement-what-how_long = La plupart des crampes cèdent en quelques secondes à quelques minutes ; jusqu'à 10 minutes reste habituel. Le muscle peut rester endolori pendant des heures, parfois jusqu'à une journée.
statement-what-release = Ce qui fait céder la crampe, c'est d'étirer fort le muscle contracté (tirer les orteils vers vous pour une crampe du mollet). Céder à l'étirement est l'un des signes d'une vraie crampe.
statement-what-not_rls = Le syndrome des jambes sans repos est autre chose : un besoin de bouger les jambes, souvent avec des sensations bizarres, qui monte quand on est assis ou allongé, est pire le soir et se calme tant qu'on bouge. La douleur n'en est pas le trait principal, et rien ne se bloque.
statement-what-not_plmd = Des petites secousses répétées des jambes pendant le sommeil, que vous ne sentez pas et que remarque souvent la personne qui dort avec vous, sont encore autre chose (mouvements périodiques des membres). Seul un examen du sommeil peut les montrer.
statement-what-sleep = Comme elles réveillent, des crampes fréquentes peuvent vous laisser fatigué le lendemain.

topic-who-title = Qui en a
topic-who-summary = Fréquentes à tout âge adulte, et plus encore avec l'âge, pendant la grossesse, avec un entraînement intense et avec certaines maladies.
statement-who-adults = nightcramp est fait pour les adultes : les études sur lesquelles il s'appuie, et ses seuils, concernent des adultes. Pour un enfant ou un adolescent qui a mal aux jambes la nuit, demandez l'avis d'un médecin plutôt que de suivre ce guide.
statement-who-common = La plupart des adultes ont une crampe nocturne un jour ou l'autre. Après 50 ans, environ un tiers à la moitié des gens en ont régulièrement, et la part augmente avec l'âge.
statement-who-older = Les personnes âgées forment le plus grand groupe concerné. Environ quatre sur dix des plus de 60 ans qui ont des crampes en ont trois ou plus par semaine.
statement-who-pregnancy = Un tiers à la moitié des femmes enceintes ont des crampes dans les jambes, le plus souvent pendant les trois derniers mois de la grossesse.
statement-who-athletes = Les personnes qui s'entraînent dur, ou qui augmentent vite leur entraînement, y sont plus sujettes.
statement-who-conditions = Certaines maladies vont avec davantage de crampes : le diabète, les maladies des reins (dialyse comprise), les problèmes de thyroïde, les atteintes des nerfs des jambes, un rétrécissement dans le bas de la colonne, une mauvaise circulation dans les jambes et la cirrhose du foie.
statement-who-season = Les crampes sont plus fréquentes en été : dans la population, elles doublent environ entre le creux de l'hiver et le pic de l'été. Gardez-le en tête quand vous comparez une saison avec une autre.

topic-causes-title = Ce qui les déclenche
topic-causes-summary = Six causes fréquentes : des muscles fatigués, trop peu de liquide, une mauvaise circulation, des nerfs coincés, certains médicaments et maladies, et la façon de vous coucher.
statement-causes-fatigue = Des muscles fatigués, surmenés : une longue journée debout, un effort intense, ou une brusque hausse de l'activité. Le mécanisme le plus probable de la plupart des crampes est la fatigue du muscle associée à un dérèglement de sa commande nerveuse.
statement-causes-fluids = Boire trop peu, ou perdre beaucoup de liquide en transpirant, peut rendre les crampes plus probables ; beaucoup de café ou d'alcool peut augmenter cette perte. Des sels trop bas dans le sang (électrolytes) peuvent jouer un rôle, mais ils expliquent moins de crampes qu'on ne le croit.
statement-causes-circulation = Un sang qui arrive moins bien aux jambes, à cause de problèmes de circulation ou de longues heures assis, peut rendre les muscles plus irritables.
statement-causes-nerves = Un nerf coincé ou irrité dans le bas du dos, comme lors d'un rétrécissement du canal de la colonne, peut perturber les signaux vers les jambes et provoquer des crampes.
statement-causes-medicines = Certains médicaments sont liés aux crampes. Les liens les mieux mesurés concernent les inhalateurs bronchodilatateurs à longue durée d'action (LABA) et les diurétiques épargneurs de potassium et de type thiazidique ; pour les statines et les diurétiques de l'anse, le lien est faible. Si vous en prenez un, parlez-en à la personne qui vous l'a prescrit ou à votre pharmacien. Aucun médicament ne s'interrompt de votre propre chef.
statement-causes-conditions = Des maladies comme le diabète, les maladies des reins, les troubles de la thyroïde et les atteintes des nerfs peuvent être à l'origine de crampes fréquentes.
statement-causes-position = Dormir les orteils pointés vers le bas, ou avec des couvertures lourdes ou bordées serrées qui poussent les pieds vers le bas, garde le mollet raccourci pendant des heures, ce qui peut rendre une crampe plus probable.

topic-prevention-title = Ce qui peut les prévenir
topic-prevention-summary = Cinq gestes de prévention : boire au fil de la journée, vous étirer avant de dormir, changer votre position au lit, ne prendre de compléments qu'avec l'avis de votre médecin, rester doucement actif. Aucun n'est prouvé pour tout le monde : votre journal montre ce qui marche pour vous.
statement-prevention-fluids = Buvez au fil de la journée plutôt que tout d'un coup le soir, et davantage quand vous transpirez beaucoup. Des urines jaune pâle sont un signe simple que vous buvez assez. Réduire l'alcool et le café peut aussi aider. Aucun essai n'a testé la boisson contre les crampes nocturnes.
statement-prevention-fluids_limited = En cas d'insuffisance cardiaque, de maladie des reins ou de cirrhose, c'est votre médecin ou votre équipe soignante qui dit combien boire : certaines personnes ont besoin d'une limite par jour. Demandez-leur la bonne quantité pour vous, et tenez-vous-y plutôt que de simplement boire davantage.
statement-prevention-stretch = Étirez vos mollets (et l'arrière des cuisses) chaque soir juste avant de vous coucher. Un essai chez des personnes âgées a trouvé des crampes moins fréquentes et moins fortes après six semaines ; un autre, chez des personnes qui prenaient déjà de la quinine, n'a pas trouvé de différence. C'est peu risqué et cela vaut un essai de six semaines : voyez l'étirement du soir.
statement-prevention-stretch-evidence = preuves contradictoires, peu de risque
statement-prevention-position = Évitez de dormir les orteils pointés ; laissez les couvertures lâches au pied du lit. Couché sur le dos avec un oreiller sous les genoux ou les chevilles, les jambes restent dans une position neutre.
statement-prevention-magnesium = Le magnésium est beaucoup vendu contre les crampes, mais de bons essais montrent qu'il est peu probable qu'il aide la plupart des adultes qui ont des crampes nocturnes ordinaires. Pendant la grossesse, les études se contredisent et sont de faible qualité. Demandez à votre médecin, votre pharmacien ou votre sage-femme avant de prendre un complément, surtout avec d'autres médicaments.
statement-prevention-magnesium-evidence = preuves modérées qu'il n'aide pas la plupart des adultes
statement-prevention-move = Une activité douce dans la journée (marcher, nager, yoga, étirements) garde les jambes souples et le sang en mouvement. Quelques minutes de vélo d'appartement ou un court massage des jambes avant de dormir peuvent aussi aider.

topic-stretch-title = L'étirement du mollet au coucher
topic-stretch-summary = Face à un mur, la jambe arrière tendue talon au sol, penchez-vous jusqu'à sentir le mollet tirer, tenez 30 secondes, changez de jambe. Chaque soir, juste avant de vous coucher.
statement-stretch-step1 = Placez-vous à une longueur de bras d'un mur et posez les deux mains dessus, à hauteur des épaules.
statement-stretch-step2 = Reculez un pied. Gardez cette jambe tendue et le talon bien à plat au sol.
statement-stretch-step3 = Pliez le genou de devant et penchez-vous lentement vers le mur jusqu'à sentir une traction nette mais confortable dans le mollet de derrière. Cela ne doit jamais faire mal.
statement-stretch-step4 = Restez immobile 30 secondes en continuant à respirer.
statement-stretch-step5 = Changez de jambe et faites la même chose de l'autre côté : 30 secondes de chaque côté.
statement-stretch-seated = Si rester debout est difficile, asseyez-vous la jambe tendue et tirez les orteils vers vous, avec une serviette passée autour du pied si besoin.
statement-stretch-review = Étirez-vous chaque soir pendant six semaines avant de juger ; votre journal montrera si vos crampes ont changé.
statement-stretch-review-evidence = preuves contradictoires, peu de risque

topic-during-title = Pendant une crampe
topic-during-summary = Tirez vos orteils vers vous, mettez-vous debout sur la jambe, frottez le muscle. La plupart des crampes cèdent en quelques minutes ; si elle est encore dure après 10 minutes d'étirement, il faut des soins tout de suite.
statement-during-dorsiflex = Tendez la jambe et tirez les orteils vers le genou. Cela étire le mollet et fait le plus souvent céder la crampe.
statement-during-stand = Si vous le pouvez, levez-vous et mettez votre poids sur la jambe qui crampe, ou faites quelques pas.
statement-during-massage = Frottez fermement le muscle dur. Ensuite, la chaleur (une douche ou un bain chauds) peut calmer la douleur qui reste.
statement-during-painkillers = Les antidouleurs agissent trop lentement pour arrêter une crampe, mais ils peuvent soulager la douleur qui suit.
statement-during-wont_release = Une crampe qui ne cède pas après plus de 10 minutes, même en l'étirant, demande des soins tout de suite.

topic-doctor-title = Quand voir un médecin
topic-doctor-summary = Quatre signes qui demandent un rendez-vous ordinaire : des crampes fréquentes, fortes ou qui s'aggravent, anormalement longues, ou qui ne s'améliorent pas avec ces habitudes. Les signes qui demandent de l'aide tout de suite sont en tête de ce guide.
statement-doctor-frequent = Voyez un médecin si les crampes sont fréquentes : chaque nuit, ou plus de trois par semaine pendant quelques semaines.
statement-doctor-severe = Voyez un médecin si les crampes sont fortes, ou si elles s'aggravent nettement sur plusieurs semaines.
statement-doctor-long = Voyez un médecin si une crampe dure plus de 10 minutes ; c'est plus long que les crampes nocturnes ordinaires.
statement-doctor-not_improving = Voyez un médecin si les crampes continuent malgré plusieurs semaines d'habitudes de prévention régulières, comme l'étirement chaque soir.
statement-doctor-sleep = Voyez un médecin si les crampes continuent de troubler votre sommeil ou vous laissent fatigué dans la journée.
statement-doctor-other_signs = Prenez rendez-vous si les muscles de vos jambes s'affaiblissent ou maigrissent peu à peu, si vos deux jambes gonflent, ou si vous avez depuis un moment un engourdissement des jambes (une faiblesse ou une perte de sensibilité nouvelles demandent un médecin tout de suite). Une douleur du mollet qui vient à la marche et s'arrête au repos demande un médecin sous un ou deux jours : elle peut venir d'artères des jambes rétrécies.
statement-doctor-usually_harmless = Les crampes de temps en temps sont fréquentes et le plus souvent sans gravité. Un médecin comprend en général ce qui se passe en parlant avec vous et en vous examinant ; des examens ne sont utiles que si une autre cause est soupçonnée.

topic-treatments-title = Médicaments et compléments
topic-treatments-summary = Aucun médicament n'est une bonne solution de tous les jours. La quinine n'est pas recommandée. Il est peu probable que le magnésium aide la plupart des adultes. Aucun médicament ne s'interrompt sans la personne qui vous l'a prescrit.
statement-treatments-quinine = La quinine n'est pas recommandée contre les crampes des jambes. Elle aide très peu et peut causer des problèmes du sang et des reins rares mais mortels ; les autorités de santé mettent en garde contre son usage pour les crampes. Si vous en prenez déjà, demandez à la personne qui vous l'a prescrite si vous en avez encore besoin, et d'ici là suivez son avis, avec une exception qui vient de la notice du médicament : des bleus ou des saignements (voir plus bas).
statement-treatments-quinine-evidence = preuves solides de dommages rares mais graves ; elle aide très peu
statement-treatments-quinine_warning = Si vous prenez de la quinine et que vous avez facilement des bleus, de forts saignements de nez, du sang dans les urines ou les selles, des gencives qui saignent ou des taches inhabituelles violettes, brunes ou rouges sur la peau, la notice du médicament dit d'arrêter de la prendre et de demander une aide médicale tout de suite.
statement-treatments-magnesium = Pour la plupart des adultes qui ont des crampes nocturnes ordinaires, les comprimés de magnésium ne font pas mieux qu'un comprimé sans médicament. Pendant la grossesse, les essais ne concordent pas.
statement-treatments-magnesium-evidence = preuves modérées qu'il n'aide pas la plupart des adultes
statement-treatments-review_medicines = Si les crampes ont commencé ou se sont aggravées après le début d'un nouveau médicament, demandez à votre médecin ou à votre pharmacien de revoir vos médicaments. Continuez à le prendre jusqu'à ce qu'on vous dise autre chose.
statement-treatments-no_miracle = Le jus de cornichon, la vitamine E, la gabapentine et les remèdes du même genre n'ont pas de bonnes preuves contre les crampes nocturnes ordinaires.
statement-treatments-no_miracle-evidence = pas de bonnes preuves qu'ils aident
statement-treatments-placebo = Les crampes s'améliorent souvent un temps, quoi qu'on essaie : dans les essais, les personnes sous comprimés sans médicament ont eu environ un quart de crampes en moins. C'est pourquoi nightcramp compare des périodes avec et sans une habitude, plutôt que de se fier à un seul avant-après.

topic-experiments-title = Tester un changement sur vous-même
topic-experiments-summary = Une expérience met une habitude en place puis l'arrête par périodes, dans un ordre tiré au hasard, pour que vos propres nuits montrent si elle vous aide.
statement-experiments-how = Une expérience teste une habitude que vous pouvez faire ou non d'une nuit à l'autre, comme vous étirer avant de dormir ou garder les couvertures lâches. Après deux semaines à noter comme d'habitude viennent des paires de périodes, chacune avec une période où vous faites le changement et une comme d'habitude, dans un ordre tiré au sort. Les premières nuits de chaque période ne comptent pas, au cas où l'effet du changement se prolonge.
statement-experiments-for_you_only = Un résultat parle de vous, pour les nuits que vous avez notées ; il ne dit rien de sûr sur les autres, et c'est une estimation avec son incertitude, pas une preuve. Les nuits non notées sont laissées de côté, jamais comptées comme des nuits sans crampe.
statement-experiments-modest_unclear = Les crampes d'une personne varient beaucoup d'une semaine à l'autre. Un effet modeste, comme un quart de crampes en moins, reste souvent incertain même après 16 semaines : c'est la limite honnête de ce que peuvent montrer les nuits d'une seule personne, pas une erreur de votre part.
statement-experiments-why_alternate = Les crampes s'améliorent un temps quoi qu'on essaie, une mauvaise passe est souvent suivie d'une meilleure, et il y a plus de crampes l'été que l'hiver. Comparer chaque période à sa partenaire, dans un ordre tiré au hasard, évite que ces variations passent pour l'effet du changement.
statement-experiments-medicines = Les médicaments et les compléments ne sont jamais testés ici en les commençant, en les interrompant ou en les changeant : un tel essai revient à la personne qui vous les a prescrits, qui peut l'organiser sans danger. Continuez à prendre ce que vous prenez comme on vous l'a conseillé.

## Les règles du bilan : ce qui est dit à la personne.

rule-T1-title = Possible caillot de sang dans les poumons
rule-T1-message = Des troubles de la jambe avec un essoufflement soudain, une douleur dans la poitrine ou du sang en toussant : appelez les urgences maintenant (112, 911 ou 999).
rule-T2-title = Possible caillot de sang dans la jambe (thrombose veineuse profonde)
rule-T2-message = Une jambe gonflée, chaude ou rouge, des veines dures et douloureuses, ou une douleur dans un mollet qui reste entre les crampes, augmente debout ou à la marche, ou ne se calme pas à l'étirement : un seul de ces signes demande des soins urgents aujourd'hui (un rendez-vous en urgence chez votre médecin traitant, un service de garde ou les urgences). Ce peut être un caillot, pas une crampe.
rule-T3-title = Une crampe qui ne cède pas
rule-T3-message = Une crampe qui dure encore après plus de 10 minutes malgré l'étirement : consultez tout de suite.
rule-T4-title = Des crampes après un toxique ou une plaie souillée
rule-T4-message = Des crampes qui ont commencé après un contact avec un toxique (comme le plomb ou le mercure) ou après une plaie contaminée (risque de tétanos) : consultez tout de suite.
rule-T5-title = Des crampes avec d'autres signes d'alerte
rule-T5-message = Des crampes dans la poitrine, les bras ou le ventre, une faiblesse ou une perte de sensibilité nouvelles, des muscles qui tressautent, ou des crampes après une grosse perte de liquide ou un diurétique nouveau ou plus fort : voyez un médecin tout de suite.
rule-T6-title = Des signes de saignement sous quinine
rule-T6-message = Des bleus, des saignements ou des taches inhabituelles sur la peau sous quinine peuvent signifier une chute dangereuse des plaquettes du sang. La notice du médicament dit d'arrêter de prendre la quinine et de demander une aide médicale tout de suite : consultez en urgence aujourd'hui.
rule-T7-title = Douleur de jambe pendant la grossesse
rule-T7-message = Pendant la grossesse, une douleur de jambe qui ne se calme pas, est forte, ou s'accompagne d'un gonflement, de chaleur, de rougeur ou d'une gêne pour marcher : contactez tout de suite votre sage-femme ou votre médecin.
rule-T8-title = Possibles nerfs comprimés en bas de la colonne
rule-T8-message = Une douleur du dos ou des jambes avec un engourdissement nouveau autour des fesses ou entre les jambes, des problèmes nouveaux pour uriner ou aller à la selle, ou une faiblesse ou un engourdissement des deux jambes : allez aux urgences maintenant. Ce peut être un syndrome de la queue de cheval, qui doit être traité en quelques heures.
rule-T9-title = Possible atteinte des muscles due à une statine
rule-T9-message = Des douleurs fortes ou une sensibilité dans de nombreux muscles, une faiblesse musculaire nouvelle ou des urines foncées sous statine : demandez une aide médicale aujourd'hui et dites que vous prenez une statine. C'est au médecin de décider s'il faut changer la statine.
rule-F2-title = Crampes fréquentes
rule-F2-message = Les crampes sont fréquentes : plus de 3 nuits par semaine ces deux dernières semaines. Des crampes fréquentes sont une raison de voir un médecin.
rule-R10-title = Crampes fortes
rule-R10-message = Des crampes que vous avez du mal à supporter sont une raison de voir un médecin : prenez un rendez-vous ordinaire.
rule-D2-title = Des crampes qui s'aggravent
rule-D2-message = Vos crampes s'aggravent : elles ont augmenté semaine après semaine pendant plusieurs semaines, plus régulièrement que le hasard ne l'expliquerait, pas seulement une mauvaise nuit. Des crampes qui s'aggravent sont une raison de voir un médecin.
rule-R4-title = Des crampes anormalement longues
rule-R4-message = Au moins une crampe récente a duré plus de 10 minutes, plus longtemps que les crampes nocturnes ordinaires. Parlez-en à un médecin.
rule-R8-title = Pas d'amélioration malgré la prévention
rule-R8-message = Les crampes restent fréquentes après six semaines d'étirements réguliers chaque soir. Des crampes qui ne s'améliorent pas avec ces habitudes sont une raison de voir un médecin.
rule-R1-title = Les crampes troublent votre sommeil
rule-R1-message = Les crampes troublent votre sommeil. Cela vaut un rendez-vous ordinaire avec votre médecin.
rule-R2-title = Engourdissement ou gonflement des deux jambes
rule-R2-message = Un engourdissement des jambes, ou un gonflement des deux jambes, avec les crampes : prenez un rendez-vous ordinaire.
rule-R3-title = Muscles faibles ou qui maigrissent
rule-R3-message = Des muscles des jambes qui s'affaiblissent ou maigrissent, avec les crampes : prenez rendez-vous.
rule-R5-title = Douleur à la marche
rule-R5-message = Une douleur ou des crampes du mollet qui viennent à la marche et s'arrêtent au repos peuvent venir d'artères des jambes rétrécies : voyez un médecin sous un ou deux jours.
rule-R6-title = Un médicament lié aux crampes
rule-R6-message = Vous prenez un médicament d'un groupe lié aux crampes. Demandez à votre médecin ou à votre pharmacien de revoir vos médicaments. Ne l'interrompez pas et ne le changez pas de votre propre chef.
rule-R7-title = Beaucoup d'alcool
rule-R7-message = Boire beaucoup d'alcool peut donner des crampes : voyez un médecin sous un ou deux jours.
rule-R9-title = Une maladie liée aux crampes
rule-R9-message = Vous avez une maladie qui va souvent avec des crampes. Parlez de vos crampes la prochaine fois que vous verrez le médecin qui la suit.
rule-P6-title = Vous prenez de la quinine
rule-P6-message = La quinine n'est plus recommandée contre les crampes à cause d'effets indésirables rares mais graves. Demandez à la personne qui vous l'a prescrite si vous en avez encore besoin. En cas de bleus, de saignements ou de taches inhabituelles sur la peau, la notice du médicament dit d'arrêter de prendre la quinine et de demander une aide médicale tout de suite.
rule-P6P-title = Quinine pendant la grossesse
rule-P6P-message = Vous êtes enceinte et votre liste de médicaments comprend de la quinine, qui a des risques rares mais graves. Contactez sous un ou deux jours la personne qui vous l'a prescrite pour en parler, et prévenez votre sage-femme ou votre médecin.
rule-F5-title = Une douleur qui dure plus d'un jour
rule-F5-message = Une douleur qui dure plus d'un jour après une crampe, c'est plus que prévu. Répondez aux questions sur les caillots (nightcramp checkup --screen) et parlez-en à un médecin.
rule-C3-title = Ce pourrait être des jambes sans repos
rule-C3-message = Vos réponses correspondent au syndrome des jambes sans repos (un besoin de bouger que le repos aggrave et que le mouvement calme), au lieu de crampes ou en plus d'elles. Parlez-en à un médecin : cela se traite autrement.
rule-C4-title = Des secousses des jambes pendant le sommeil
rule-C4-message = Des secousses répétées des jambes pendant le sommeil, ou un sommeil qui ne repose pas sans crampes douloureuses, peuvent être un autre trouble du mouvement que seul un examen du sommeil montre. Demandez-en un à un médecin.

## Les questions du bilan.

question-breathless_or_chest_pain = En plus des troubles de la jambe, avez-vous un essoufflement soudain, une douleur dans la poitrine qui augmente quand vous inspirez, ou crachez-vous du sang ?
question-spine_warning_signs = Avec une douleur du dos ou des jambes, avez-vous un engourdissement nouveau autour des fesses ou entre les jambes, une difficulté nouvelle pour uriner ou aller à la selle, ou pour vous retenir, ou une faiblesse ou un engourdissement des deux jambes ?
question-one_leg_swollen = Une jambe est-elle gonflée, chaude, rouge ou plus foncée que l'autre, ou ses veines sont-elles dures ou douloureuses au toucher ?
question-pain_between_cramps = La douleur d'un mollet reste-t-elle entre les crampes, même sans crampe en cours ?
question-pain_worse_walking_one_leg = La douleur d'un mollet augmente-t-elle quand vous êtes debout ou marchez sur cette jambe ?
question-pain_not_eased_by_stretching = La douleur d'un mollet reste-t-elle la même quand vous l'étirez, au lieu de se calmer ?
question-cramp_wont_release = En ce moment, une crampe dure-t-elle depuis plus de 10 minutes alors que vous l'étirez ?
question-toxin_or_wound = Les crampes ont-elles commencé après un contact avec quelque chose de toxique (comme le plomb ou le mercure), ou après une plaie souillée ?
question-cramps_elsewhere = Avez-vous aussi des crampes dans la poitrine, les bras ou le ventre ?
question-new_weakness_or_numbness = Avez-vous perdu récemment de la force ou de la sensibilité quelque part dans le corps ?
question-twitching = Voyez-vous des muscles tressauter sous la peau ?
question-fluid_loss = Les crampes ont-elles commencé après une grosse perte de liquide (vomissements, diarrhée, forte transpiration) ou après le début ou l'augmentation d'un diurétique ?
question-bleeding_signs = Avez-vous facilement des bleus, de forts saignements de nez, du sang dans les urines ou les selles, des gencives qui saignent, ou des taches inhabituelles violettes, brunes ou rouges sur la peau ?
question-statin_muscle_damage = Depuis que vous prenez une statine, avez-vous des douleurs fortes ou une sensibilité dans de nombreux muscles, une faiblesse nouvelle ou des urines foncées (couleur de cola) ?
question-pregnancy_leg_pain = Votre douleur de jambe ne se calme-t-elle pas, est-elle forte, ou s'accompagne-t-elle d'un gonflement, de chaleur, de rougeur ou d'une gêne pour marcher ?
question-pain_when_walking = Avez-vous des douleurs ou des crampes du mollet à la marche, qui s'arrêtent quand vous vous arrêtez pour vous reposer ?
question-heavy_alcohol = Buvez-vous souvent beaucoup d'alcool ?
question-numbness_or_both_swollen = Avez-vous les jambes engourdies, ou les deux jambes gonflées ?
question-weakness_or_wasting = Les muscles de vos jambes sont-ils devenus plus faibles ou plus maigres avec le temps ?
question-severe_discomfort = Vos crampes sont-elles si douloureuses ou si pénibles que vous avez du mal à les supporter ?
question-daytime_tiredness = Les crampes vous laissent-elles fatigué ou moins capable de tenir la journée ?
question-rls_urge = Ressentez-vous un besoin de bouger les jambes, souvent avec une sensation désagréable dedans ?
question-rls_worse_at_rest = Ce besoin commence-t-il ou augmente-t-il quand vous êtes assis ou allongé sans bouger ?
question-rls_eased_by_moving = Bouger (marcher, vous étirer) le calme-t-il tant que vous continuez à bouger ?
question-rls_evening = Est-il là seulement, ou pire, le soir ou la nuit ?
question-leg_jerks = La personne qui dort avec vous a-t-elle vu vos jambes sursauter encore et encore pendant votre sommeil, ou vous réveillez-vous sans être reposé alors que vous n'avez pas eu de crampes douloureuses ?

## Groupes de médicaments.

drug-laba_ics = inhalateur bronchodilatateur à longue durée d'action avec corticoïde (LABA + CSI)
drug-laba = inhalateur bronchodilatateur à longue durée d'action (LABA)
drug-diuretic_potassium_sparing = diurétique épargneur de potassium
drug-diuretic = diurétique (médicament qui fait uriner)
drug-diuretic_thiazide = diurétique de type thiazidique
drug-diuretic_loop = diurétique de l'anse
drug-statin = statine
drug-iron_sucrose_iv = fer saccharose par voie intraveineuse
drug-conjugated_estrogens = œstrogènes conjugués
drug-raloxifene = raloxifène
drug-teriparatide = tériparatide
drug-naproxen = naproxène
drug-blood_pressure = médicament de la tension
drug-calcium_channel_blocker = inhibiteur calcique
drug-short_acting_beta_agonist = inhalateur de secours à courte durée d'action (salbutamol)
drug-reported_in_studies = médicament dans les études duquel des crampes ont été signalées (comme la gabapentine, le zolpidem, le clonazépam, le citalopram ou le célécoxib)
drug-quinine = quinine
drug-other = autre médicament

## Le type de preuve de chaque source (sa référence reste telle que publiée).

source-S0-quality = article pour les patients, sans niveau de preuve
source-S1-quality = revue systématique et consensus Delphi
source-S2-quality = revue systématique Cochrane
source-S2c-quality = revue systématique Cochrane
source-S3-quality = revue clinique (AAFP)
source-S4-quality = étude sur une base de données de population
source-S5-quality = essai randomisé (positif)
source-S6-quality = essai randomisé (négatif)
source-S7-quality = recommandation clinique (AAN)
source-S8-quality = autorité du médicament
source-S9-quality = autorité du médicament
source-S10-quality = revue systématique Cochrane
source-S11-quality = revue narrative
source-S12-quality = enquête en population
source-S13-quality = enquête transversale (NHANES)
source-S14-quality = étude de cohorte
source-S15-quality = autorité de santé
source-S16-quality = cohorte prospective
source-S17-quality = revue systématique Cochrane
source-S18-quality = résumé de recommandation clinique
source-S19-quality = autorité de santé
source-S20-quality = autorité de santé (version antérieure)
source-S21-quality = ouvrage médical de référence
source-S22-quality = synthèse des preuves (niveaux SORT)
source-S23-quality = société savante
source-S28-quality = critères de consensus
source-S31-quality = critères diagnostiques
source-S33-quality = essai randomisé (cirrhose seulement)
source-S34-quality = autorité de santé
source-S35-quality = source secondaire, de moindre qualité
source-S36-quality = autorité de santé (copie secondaire)
source-S37-quality = bibliothèque santé pour les patients
source-S38-quality = document pour les patients de faible qualité
source-S46-quality = série d'essais n-de-1
source-S60-quality = information du NHS pour les patients
source-S61-quality = aide à la décision clinique (copie secondaire)
source-S62-quality = information pour les patients d'une société savante
source-S63-quality = autorité s'adressant aux patients
source-S64-quality = information pour les patients
source-S65-quality = recommandation (résumé secondaire)
