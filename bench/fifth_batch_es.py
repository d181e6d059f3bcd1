"""Fifth batch of real Spanish sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # --- Bomb attacks, Colombia and Chile ---
    # https://triunfo.com.mx/2019/01/18/aumenta-cifra-de-muertos-por-atentado-en-bogota/
    # (the toll includes the attacker)
    Case(
        "El número de muertos en el atentado con un carro bomba perpetrado contra una academia de la Policía en Bogotá, ascendió a 21, incluido el responsable del ataque, informó la Policía Nacional de Colombia.",
        "exact",
        21,
        21,
        21,
        "killed",
    ),
    # http://www.laverdad.es/internacional/america-latina/201409/09/aumentan-heridos-atentado-metro-20140909031944-rc.html
    # ("estación Militar" is the name of a metro station, not soldiers; "tres de ellos graves" is a part)
    Case(
        "Las autoridades chilenas elevaron a 14 la cifra de heridos, tres de ellos graves, por el atentado cometido en un local de comida rápida situado en un subcentro comercial contiguo a la estación Militar del metro de Santiago.",
        "exact",
        14,
        14,
        14,
        "wounded",
    ),
    # https://www.pulzo.com/amp/nacion/foto-hombre-que-habria-puesto-bomba-que-dejo-2-muertos-24-heridos-PP4459039A
    # ("las 7 de la noche" is a time of day; "jóvenes" = young people, group all)
    Case(
        "Luego del consejo de seguridad por parte del Ministerio de Defensa y autoridades locales tras el atentado en La Plata, Huila, se conoció el rostro del hombre quien habría puesto la moto bomba que causó la muerte de dos jóvenes y dejó 24 personas heridas hacia las 7 de la noche del jueves santo.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://endirectoconvivianacollado.blogspot.com/2017/02/colombia-varios-heridos-en-una.html
    # (the first figure is the earlier "al menos 40 heridos"; the mayor then corrected it to 30)
    Case(
        "Aunque más temprano las autoridades señalaron que había al menos 40 heridos, el alcalde Enrique Peñalosa corrigió la cifra a 30, 26 policías y 4 civiles.",
        "at_least",
        40,
        40,
        None,
        "wounded",
    ),
    # --- Air strikes on children: Afghanistan, Syria, Gaza ---
    # http://www.propuesta.com.uy/index.php/especiales/15-especiales/2863-revelan-detalles-sobre-bombardeo-contra-bus-escolar
    # ("murieron o resultaron heridos": killed or wounded together, casualties; "docenas" = dozens)
    Case(
        "Según informó la Organización de las Naciones Unidas, el ataque aéreo fue dirigido a un autobús que llevaba a un grupo de niños a un campamento de verano, y como consecuencia del ataque docenas de niños murieron o resultaron heridos.",
        "vague",
        12,
        None,
        None,
        "casualties",
        "all",
        "children",
        literal_low=24,
    ),
    # https://elpopularec.com/27556-civiles-mueren-en-bombardeo-de-otan.html
    # ("12 niños y dos mujeres" is one object of "la muerte de": 14 killed, group all, as "nueve hombres y una
    # mujer" in the third batch; a stricter reader could label 12 children alone)
    Case(
        "Un bombardeo de la OTAN en el sur de Afganistán ha causado la muerte de 12 niños y dos mujeres, según denuncian las autoridades locales.",
        "exact",
        14,
        14,
        14,
        "killed",
    ),
    # https://americatv.com.pe/noticias/internacionales/siria-bombas-de-racimo-dejaron-al-menos-diez-ninos-muertos-n30177
    # ("12 kilómetros" is a distance)
    Case(
        "La localidad de Deir al-Asafir, situada a 12 kilómetros de Damasco, fue el blanco de un ataque aéreo que impactó en un parque de juegos y acabó con la vida de diez niños.",
        "exact",
        10,
        10,
        10,
        "killed",
        "all",
        "children",
    ),
    # https://aulasocialdb.blogspot.com/2014/07/parecia-que-los-proyectiles-les-estaban.html
    # (the four children join "la larga lista de civiles muertos": killed, civilian)
    Case(
        "Cuatro niños palestinos se unieron el miércoles a la larga lista de civiles muertos en los bombardeos israelíes de Gaza.",
        "exact",
        4,
        4,
        4,
        "killed",
        "civilian",
        "children",
    ),
    # http://web2.edicioneselpais.net/diario/2011/05/30/internacional/1306706407_850215.html
    # (the first figure is the 32 civilians; the 12 children are their part, the 20 police officers a figure of
    # their own)
    Case(
        "Dos bombardeos de la OTAN en Afganistán acabaron ayer con la vida de 32 civiles, entre ellos 12 niños, y 20 policías.",
        "exact",
        32,
        32,
        32,
        "killed",
        "civilian",
    ),
    # --- Migrant shipwrecks ---
    # https://es.azvision.az/news/1088/unos-2.000-migrantes-rescatados-y-14-desaparecidos-tras-hundirse-una-barcaza-en-el-mediterr%C3%A1neo.html
    # (the 2.000 migrants are being rescued, not a casualty figure)
    Case(
        "A las labores de socorro de estos 2.000 migrantes se suman las operaciones destinadas a encontrar a los al menos 14 migrantes que desaparecieron la madrugada del domingo, después de que se hundiese la embarcación en la que viajaban.",
        "at_least",
        14,
        14,
        None,
        "missing",
    ),
    # https://www.farodevigo.es/mundo/2024/06/17/50-migrantes-desaparecidos-naufragio-frente-103907810.html
    Case(
        "Alrededor de 60 migrantes han desaparecido en el mar después de otro trágico naufragio en el Mediterráneo, según informan este lunes los medios italianos.",
        "approximate",
        None,
        60,
        None,
        "missing",
    ),
    # https://htnoticias.com/desesperacion-en-el-mar-mas-de-30-migrantes-desaparecidos-en-naufragio-de-dos-barcos-frente-a-costas-italianas
    # ("al menos una treintena": at least about thirty, read as at least 30)
    Case(
        "Un naufragio frente a las costas de la isla italiana de Lampedusa dejó al menos una treintena de migrantes desaparecidos, según el testimonio de un superviviente, informó la Organización Internacional para las Migraciones (OIM).",
        "at_least",
        30,
        30,
        None,
        "missing",
    ),
    # https://tynpanama.com/?p=80605
    # (the feared "cientos" of further victims come after the first figure)
    Case(
        "Este viernes, la cifra provisional sigue siendo de 79 muertos, pero al final hay que temer «cientos» de víctimas «adicionales», anunció este jueves la Organización Internacional para las Migraciones.",
        "exact",
        79,
        79,
        79,
        "killed",
    ),
    # --- Massacres and historical tolls ---
    # https://notiactual.com/asesinan-al-menos-a-28-personas-en-una-finca-de-guatemala-todas-decapitadas/amp
    # (bodies found: killed; the first figure is the 28 confirmed; "500 kilómetros" is a distance)
    Case(
        "Las autoridades han confirmado por ahora el hallazgo de 28 cadáveres, pero medios guatemaltecos informaron este domingo en la noche que habían sido hallados 29 cuerpos en la finca ‘Los Cocos’, en San Andrés, departamento de Petén, a unos 500 kilómetros al norte de la capital.",
        "exact",
        28,
        28,
        28,
        "killed",
    ),
    # https://iiab.me/kiwix/content/wikipedia_es_all_maxi_2023-10/A/V%C3%ADctimas_de_la_Guerra_Civil_Espa%C3%B1ola
    # (the ends are written high first, "200 000 y 150 000", with spaces as thousands separators; "muertos en el
    # frente" are combatants by context, but no word says soldiers: population all, as in the third batch)
    Case(
        "En cuanto a los muertos en el frente hay casi unanimidad entre los historiadores en situarlos entre 200 000 y 150 000, a excepción de Gabriel Jackson que los reduce a 100 000.",
        "range",
        150000,
        None,
        200000,
        "killed",
    ),
    # https://localnewswave.com/article/1040268570063286272
    Case(
        "La Guerra Civil Española dejó un saldo devastador de aproximadamente 600.000 muertos.",
        "approximate",
        None,
        600000,
        None,
        "killed",
    ),
    # --- Earthquakes ---
    # https://www.rosario3.com/noticias/Ya-son-mas-de-500-los-muertos-por-el-terremoto-en-Peru-20070817-0009.html
    # ("damnificados" are people affected, not a casualty metric, as "afectados" in the fourth batch; "al menos"
    # bounds the 85.000 only; "grado 8" is a magnitude)
    Case(
        "El terremoto de grado 8 en la escala de Richter que asoló la costa de Perú el miércoles dejó al menos 85.000 damnificados, además de 510 muertos, según información de los bomberos voluntarios de ese país.",
        "exact",
        510,
        510,
        510,
        "killed",
    ),
    # https://rpp.pe/mundo/actualidad/aumenta-a-521-la-cifra-de-muertos-por-el-terremoto-y-tsunami-en-chile-noticia-265061
    # ("27 de febrero" is a date)
    Case(
        "El ministerio del Interior de Chile elevó hoy a 521 la cifra de víctimas mortales identificadas y redujo a 56 la de desaparecidos tras el terremoto y posterior maremoto que afectó al centro y sur del país el pasado 27 de febrero.",
        "exact",
        521,
        521,
        521,
        "killed",
    ),
    # https://cibercuba.1eye.us/noticias/2019-04-22-u191208-e20037-s27061-sismo-afecta-varios-estados-mexico
    # (dateline "CIUDAD DE MÉXICO, 22 abr (Reuters) - " trimmed; "no dejó daños ni víctimas": no casualties)
    Case(
        "Un sismo de mediana intensidad con epicentro en el sur de México y que fue percibido en la capital del país no dejó daños ni víctimas, según reportes oficiales preliminares.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://mnwey.awslvpni.com/2018/10/01/terremoto-de-magnitud-5-5-sacude-mexico
    # ("magnitud 5,7" is a magnitude; no victims reported so far: no casualties)
    Case(
        "Un sismo de magnitud 5,7 se percibió hoy en los estados de Oaxaca, Morelos, Puebla y Veracruz, sin que hasta ahora se reporten víctimas o daños materiales.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://trapitocom.blogspot.com/2016/02/fuerte-sismo-de-63-sacude-chile.html?m=1
    # ("ni lesionados": no injured, read as no wounded, as "sin causar heridos" in the third batch)
    Case(
        "No se reportan daños ni lesionados, y las autoridades descartaron la posibilidad de un tsunami en la larga línea costera del país.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # --- Yemen ---
    # https://www.hispantv.com/noticias/yemen/424505/ataques-arabia-saudita-mata-civiles-saada
    Case(
        "Al menos cuatro civiles han muerto y tres han resultado heridos como consecuencia de los bombardeos saudíes que, además, causaron daños en una gasolinera, ha informado la televisión por satélite yemení Al Masirah.",
        "at_least",
        4,
        4,
        None,
        "killed",
        "civilian",
    ),
    # https://amp.rtve.es/noticias/20170823/mueren-menos-30-personas-bombardeo-aereo-yemen/1602180.shtml
    # ("YemenArabia" as on the page; "incluidos civiles" says only some were civilians: population all)
    Case(
        "Los bombardeos sobre Yemen de la coalición que lidera YemenArabia Saudí han causado la muerte este miércoles de más de 50 personas, incluidos civiles, la mayoría de ellos en un ataque contra un puesto de control al norte de Saná, la capital yemení, en el que ha resultado afectado un pequeño hotel.",
        "more_than",
        51,
        None,
        None,
        "killed",
    ),
    # https://espanol.almayadeen.net/news/1175076/ataque-de-la-coalición-saudita-deja-17-civiles-muertos-en-ye
    # ("coalción" as on the page)
    Case(
        "Al menos 17 civiles yemenitas murieron en la provincia de Hajjah (noroeste) como consecuencia de otro ataque aéreo perpetrado este viernes por la coalción saudita.",
        "at_least",
        17,
        17,
        None,
        "killed",
        "civilian",
    ),
    # https://eluniversal.com.mx/mundo/reportan-ataque-contra-un-autobus-con-ninos-en-yemen
    # ("muertas o heridas": casualties; "Decenas" = tens; the space before the stop is the page's)
    Case(
        "Decenas de personas resultaron muertas o heridas por un bombardeo contra un autobús que llevaba niños en la provincia yemení de Saada (noroeste), informó la Cruz Roja yemení .",
        "vague",
        10,
        None,
        None,
        "casualties",
        literal_low=20,
    ),
    # https://www.naiz.eus/eu/hemeroteca/gara/editions/2018-04-03/hemeroteca_articles/un-ataque-aereo-saudi-mata-a-al-menos-14-civiles-la-mitad-ninos-en-yemen
    # (one sentence on the page, with a comma before "Detallaron"; the seven children are a part)
    Case(
        "Al menos 14 civiles murieron, entre ellos siete niños, y una docena más resultaron heridos, por un ataque aéreo perpetrado ayer en la ciudad yemení de Hodeidah y atribuido a la coalición militar que lidera Arabia Saudí, según informaron fuentes médicas y testigos, Detallaron que, aparte de los siete menores, el resto de víctimas mortales, así como ocho de las heridas son mujeres.",
        "at_least",
        14,
        14,
        None,
        "killed",
        "civilian",
    ),
    # https://diario-octubre.com/2025/04/27/reportan-nuevos-bombardeos-de-ee-uu-contra-la-capital-y-varias-regiones-de-yemen
    Case(
        "Desde el Ministerio de Sanidad de Yemen informaron que al menos ocho civiles, entre ellos dos niños, habían resultado heridos.",
        "at_least",
        8,
        8,
        None,
        "wounded",
        "civilian",
    ),
    # --- Kidnappings in the Sahel ---
    # https://berlinerboersenzeitung.de/es/Politica/41121-hombres-armados-secuestran-a-tres-italianos-y-a-un-togoles-en-mali.html
    # ("Tres italianos y un togolés" is one subject of "fueron secuestrados": four captured)
    Case(
        'Tres italianos y un togolés fueron secuestrados "por hombres armados" el jueves en la noche en el sudeste de Malí, indicó a la AFP un representante local y una fuente de seguridad maliense.',
        "exact",
        4,
        4,
        4,
        "captured",
    ),
    # https://vaticano.guanajuatodesconocido.com/2014/11/africamali-mas-secuestros-de-ninos-en.html
    # (dateline "Bamako – " trimmed; the two who died are a part of the ten kidnapped)
    Case(
        "En el norte de Malí hace unos días fueron secuestrados diez niños, dos de los cuales murieron mientras trataban de escapar.",
        "exact",
        10,
        10,
        10,
        "captured",
        "all",
        "children",
    ),
    # https://religiondigital.org/mundo/sacerdotes-catolicos-secuestrados-Mopti-Mali_0_2352964685.amp.html
    # (line breaks on the page joined with spaces; three religious and two officials, one subject: five captured)
    Case(
        "Tres religiosos católicos malienses y dos responsables locales de la misma nacionalidad fueron secuestrados hoy en la región de Mopti, en el centro del país, por un grupo de hombres armados no identificados, según informaron a Efe fuentes locales.",
        "exact",
        5,
        5,
        5,
        "captured",
    ),
    # https://diariolavoz.net/?p=356683
    # (one nun kidnapped: group women; the two suspects detained afterwards are arrests of the kidnappers, not a
    # casualty figure)
    Case(
        "Un grupo de hombres armados secuestró en la noche del martes a una monja franciscana colombiana en Malí, y las autoridades informaron horas después de la detención de dos sospechosos.",
        "exact",
        1,
        1,
        1,
        "captured",
        "all",
        "women",
    ),
    # https://www.elperiodicodearagon.com/internacional/2022/05/20/secuestran-pareja-italiana-togoles-hijo-66330276.html
    # ("abril de 2021" is a date)
    Case(
        "Con el rapto de esta pareja de italianos, asciende a ocho el número de occidentales secuestrados en el Sahel central (Malí, Níger y Burkina Faso) tras el secuestro en abril de 2021 del periodista francés Olivier Dubois por un grupo afiliado a Al Qaeda en Gao (norte de Mali).",
        "exact",
        8,
        8,
        8,
        "captured",
    ),
    # --- Displacement in the DR Congo ---
    # https://acnur.org/mx/noticias/notas-de-prensa/acnur-advierte-sobre-el-agravamiento-del-desplazamiento-en-la-republica
    # (decimal comma with a scale word: 3,900,000; the 428.000 are a part)
    Case(
        "Desde 2015, el número de desplazados internos se ha duplicado con creces y actualmente se eleva a 3,9 millones de personas, de las que 428.000 se han visto desplazadas en los últimos tres meses.",
        "exact",
        3900000,
        3900000,
        3900000,
        "displaced",
    ),
    # https://eacnur.org/es/actualidad/noticias/republica-democratica-congo-violencia-hambre
    # ("han tenido que huir de sus hogares": displaced)
    Case(
        "En los últimos dos años, tan solo en la provincia de Kivu del Norte cerca de dos millones de personas han tenido que huir de sus hogares debido a la inseguridad y la violencia.",
        "approximate",
        None,
        2000000,
        None,
        "displaced",
    ),
    # --- Sudan ---
    # https://univalletelevision.com/nuevos-combates-entre-ejercito-y-rsf-en-el-fasher-sudan-dejan-al-menos-once-civiles-muertos-y-42-heridos
    Case(
        "Al menos once civiles han muerto y 42 han resultado heridos como consecuencia de la reanudación este pasado sábado de las hostilidades entre el Ejército sudanés y las paramilitares Fuerzas de Apoyo Rápido en El Fasher, la capital de Darfur Norte y centro histórico regional.",
        "at_least",
        11,
        11,
        None,
        "killed",
        "civilian",
    ),
    # https://univalletelevision.com/nuevos-combates-entre-ejercito-y-rsf-en-el-fasher-sudan-dejan-al-menos-once-civiles-muertos-y-42-heridos
    # ("según las estimaciones más conservadoras": the lowest estimate, read as a floor, at least 150; a reader
    # could also take the bare number as exact)
    Case(
        "ONG como Médicos sin Fronteras han avisado esta semana de que El Fasher está siendo escenario de «un baño de sangre», y que los combates ya han dejado, según las estimaciones más conservadoras, 150 muertos, además de desatar las alarmas internacionales por su impacto sobre la crisis humanitaria en el país, sumido en una guerra civil desde hace ya más de un año.",
        "at_least",
        150,
        150,
        None,
        "killed",
    ),
    # https://lne.es/internacional/2024/06/19/ataque-paramilitar-sudan-deja-doce-103982419.html
    # ("abril de 2023" is a date)
    Case(
        "Al menos doce personas han muerto este jueves en un ataque atribuido al grupo armado Fuerzas de Apoyo Rápido (RSF) en el estado de Gezira, al sur de Jartum, la capital del país, en el marco de los enfrentamientos entre el Ejército y los paramilitares, que fueron declarados en rebeldía al inicio del conflicto en abril de 2023.",
        "at_least",
        12,
        12,
        None,
        "killed",
    ),
    # --- Rohingya, Myanmar ---
    # https://elmostrador.cl/noticias/multimedia/2017/09/01/video-de-que-huyen-los-rohingya-los-refugiados-que-tratan-de-salir-de-myanmar
    # ("se han desplazado ... tratando de huir": displaced)
    Case(
        "Unas 27.400 personas se han desplazado de Myanmar a Bangladesh en la última semana tratando de huir de los episodios de violencia que sufren en su tierra.",
        "approximate",
        None,
        27400,
        None,
        "displaced",
    ),
    # http://revistalapagina.com/2017/09/07/73-mil-refugiados-han-escapado-a-bangladesh-desde-myanmar.html
    Case(
        "Esos ataques provocaron enfrentamientos con las fuerzas de seguridad de Myanmar y una gran contraofensiva del Ejército, episodio que culminó con la muerte de 71 personas, la mayoría miembros del grupo étnico rohingya.",
        "exact",
        71,
        71,
        71,
        "killed",
    ),
    # https://v2.mnmstatic.net/m/actualidad/birmania-genocidio-rohinyas
    # (no final stop on the page; refugees who crossed the border: displaced)
    Case(
        "Según la ONU, que califica esta acción birmana de limpieza étnica, unos quinientos mil rohinyás han atravesado ya la frontera y se hacinan en condiciones insalubres en campamentos de refugiados",
        "approximate",
        None,
        500000,
        None,
        "displaced",
    ),
    # https://msf.org.uy/?p=33952
    # ("entre el 25 de agosto y el 24 de septiembre" is a period, not a range of the figure)
    Case(
        "Encuestas realizadas por Médicos Sin Fronteras (MSF) en campos de refugiados en Bangladesh estiman que al menos 9.000 rohingyas murieron en Myanmar, en el estado de Rakhine, entre el 25 de agosto y el 24 de septiembre.",
        "at_least",
        9000,
        9000,
        None,
        "killed",
    ),
    # https://wwwrevdignomenmunay.blogspot.com/2017/12/el-drama-rohingya-en-cifras-6700.html
    # ("víctimas" read literally as casualties, as in the earlier batches, though the page compares it with MSF's
    # count of dead; the 376 "terroristas" are a part; "14/12" is a date)
    Case(
        'Myanmar había ubicado la cantidad de víctimas en 400 personas (incluyendo a 376 que consideró "terroristas"), muy por debajo de lo revelado por Médicos Sin Fronteras el 14/12.',
        "exact",
        400,
        400,
        400,
        "casualties",
    ),
    # https://amnistia.cl/myanmar-bangladesh-la-comunidad-rohinya-se-enfrenta-a-graves-amenazas-desde-2017/
    # ("Cientos de miles" = hundreds of thousands, internally displaced)
    Case(
        "Cientos de miles han sufrido desplazamiento interno y decenas de miles de personas rohinyás han cruzado la frontera o están esperando a hacerlo para buscar refugio en Bangladesh.",
        "vague",
        100000,
        None,
        None,
        "displaced",
        literal_low=200000,
    ),
    # --- Floods and storms ---
    # https://olanoticias.com/lluvias-dejan-80-muertos-y-18-desaparecidos-en-cinco-estados
    Case(
        "El gobierno federal confirmó un saldo trágico: 80 personas han perdido la vida y 18 más se encuentran en calidad de desaparecidas.",
        "exact",
        80,
        80,
        80,
        "killed",
    ),
    # https://radioestacionnorte.com/el-desborde-del-rio-acre-inundo-la-region-de-cobija-en-la-amazonia-boliviana
    # ("familias afectadas" and "barrios" are no casualty figures)
    Case(
        "La temporada de lluvias en la región dejó el saldo de 40 personas muertas y cerca de 10.000 familias afectadas, además de 16 barrios «completamente inundados» y «familias que lo han perdido todo».",
        "exact",
        40,
        40,
        40,
        "killed",
    ),
    # https://laopinion.com/2011/11/07/lluvia-y-muerte-en-centroamerica/
    # (dateline "PANAMA (EFE).- " trimmed; "las últimas 24 horas" is a duration; "cerca de una veintena" = about
    # twenty)
    Case(
        "El temporal que en las últimas 24 horas ha azotado a casi toda Centroamérica ha causado la muerte de cerca de una veintena de personas en Guatemala, Nicaragua y El Salvador, además de inundaciones y derrumbes en Costa Rica y en Honduras.",
        "approximate",
        None,
        20,
        None,
        "killed",
    ),
    # --- Nigeria ---
    # https://ptv.pe/internacionales/184341-ataques-boko-haram-dejan-40-muertos-nigeria/multimedia/1
    # ("seis aldeas" counts villages)
    Case(
        "Más de 40 personas han muerto en varios ataques perpetrados por el grupo extremista islamista Boko Haram contra seis aldeas del estado nigeriano de Borno, según reportaron las autoridades.",
        "more_than",
        41,
        None,
        None,
        "killed",
    ),
    # --- Gaza ---
    # https://diariofinanciero.com/aumentan-a-mas-de-40-100-los-muertos-en-gaza-por-la-ofensiva-israeli
    # ("elevado a más de 40.100"; the "unos 1.200 muertos" in Israel come after the first figure)
    Case(
        "El Ministerio de Sanidad de la Franja de Gaza ha elevado a más de 40.100 el balance provisional de fallecidos en el enclave palestino por la ofensiva militar lanzada por Israel tras los atentados del 7 de octubre, que dejaron unos 1.200 muertos en el lado israelí.",
        "more_than",
        40101,
        None,
        None,
        "killed",
    ),
    # https://portalpolitico.tv/internacionales/los-muertos-en-gaza-superan-35700-62-en-el-ultimo-dia-tras-ultimos-ataques-israelies
    # (the first figure is the 138 new wounded; the running total, "79,990", has a comma as thousands separator)
    Case(
        "El fuego israelí provocó además 138 heridos, lo que eleva la cifra total a 79,990 que, al igual que los muertos, son en su mayoría mujeres y niños.",
        "exact",
        138,
        138,
        138,
        "wounded",
    ),
    # https://amp.ondacero.es/noticias/mundo/muertos-gaza-superan-35000-ultimos-ataques-israelies_202405126640a5a88e6602000114f574.html
    # (a toll that "superó" a number is more than it)
    Case(
        "El número de muertos en la Franja de Gaza desde que comenzó la guerra superó este domingo los 35.000, según los datos del Ministerio de Sanidad gazatí, controlado por Hamás.",
        "more_than",
        35001,
        None,
        None,
        "killed",
    ),
    # https://lavisionatl.com/noticias-internacionales/ministerio-de-sanidad-de-gaza-eleva-a-35-562-la-cifra-de-muertos-por-la-ofensiva-israeli
    # (people trapped under the ruins are recorded as missing, as in the fourth batch)
    Case(
        "De hecho, elevan a entre 7.000 y 8.000 los palestinos que están atrapados entre las ruinas de los edificios derribados por los ataques del ejército israelí.",
        "range",
        7000,
        None,
        8000,
        "missing",
    ),
    # --- Ukraine ---
    # https://mundoclaraboya.blogspot.com/2023/04/putin-no-para-de-bombardear-ucrania-con.html
    # ("los últimos dos meses" is a duration)
    Case(
        "Al menos 21 personas han muerto en el último ataque ruso con misiles y drones contra infraestructuras ucranianas, el mayor de los últimos dos meses, según datos facilitados por las autoridades locales.",
        "at_least",
        21,
        21,
        None,
        "killed",
    ),
    # https://www.actualidadbtv.com/2023/04/rusia-lanza-varios-ataques-con-misiles.html
    # ("más de una docena de misiles" counts missiles; the first casualty figure is "dos muertos")
    Case(
        "El Ejército ruso ha disparado este viernes más de una docena de misiles de crucero contra la capital ucraniana, la ciudad de Kiev, en una ofensiva que deja dos muertos y varios heridos, entre los muertos está una mujer y su hijo de tres años.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://www.doctorjnoticias.com/?p=1329
    Case(
        "Este lunes, Rusia lanzó su segunda ronda de misiles contra Ucrania en pocos días, que dañó edificios y dejó al menos 34 heridos en la ciudad oriental de Pavlohrad, aunque no logró golpear Kiev, según las autoridades.",
        "at_least",
        34,
        34,
        None,
        "wounded",
    ),
    # https://esp-ahora.com/article/ataque-ruso-en-ucrania-al-menos-
    Case(
        "Según las autoridades ucranianas, al menos diez civiles perdieron la vida y decenas más resultaron heridos, entre ellos niños, una mujer embarazada y familias enteras.",
        "at_least",
        10,
        10,
        None,
        "killed",
        "civilian",
    ),
    # --- Wildfires ---
    # https://www.elespanol.com/ciencia/20250703/paradoja-incendios-forestales-espana-intensidad-mayor-causanmenosmuertes/1003743830643_0.amp.html
    Case(
        "Los incendios forestales han causado al menos 139 muertes en lo que llevamos de siglo.",
        "at_least",
        139,
        139,
        None,
        "killed",
    ),
    # https://parroquiavirgendegracia.es/caritas-chile-abre-campana-de-ayuda-ante-los-incendios-forestales-en-biobio-y-nuble
    # ("Hasta el momento" = so far, not "up to")
    Case(
        "Hasta el momento se cuentan 19 fallecidos y más de 50 mil personas evacuadas.",
        "exact",
        19,
        19,
        19,
        "killed",
    ),
    # https://eldiarioar.com/latinoamerica/incendios-valparaiso-son-mayor-tragedia-terremoto-2010-dice-gobierno-chile_1_10894055.amp.html
    # (the 2010 earthquake's "más de 500 muertes" come after the first figure)
    Case(
        "Al menos 99 muertos causaron los incendios forestales sin precedentes que afectan a la región de Valparaíso, en el centro de Chile, informó este domingo el Servicio Médico Legal (SML), órgano estatal asignado para dar el balance de víctimas durante la crisis, que el presidente Gabriel Boric calificó como “la tragedia más grande desde el terremoto de 2010” que dejó más de 500 muertes.",
        "at_least",
        99,
        99,
        None,
        "killed",
    ),
    # --- Mining accidents ---
    # https://neuquendigitalnoticias.com.ar/tema/15823/mina-de-carbon
    # (miners still trapped underground after the explosion, fate unknown: missing)
    Case(
        "Según el ministro de Interior, quedarían unos 49 bajo tierra.",
        "approximate",
        None,
        49,
        None,
        "missing",
    ),
    # https://portal.diaadia.com.pa/archivo/07022005/mun11_print.html
    Case(
        "Tres mineros murieron y uno más resultó herido, tras una explosión registrada en la mina de la zona rural El Pozo, debido a una gran concentración de gas grisú.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # --- Clashes with cartel gunmen, Michoacán ---
    # https://diariopresente.mx/amp/deportes/abate-a-8-criminales-el-ejercito-en-michoacan/376510
    # ("abatieron" = shot dead; "sicarios" = gunmen: military, as "agresores" in the earlier batches; the two
    # women are a part)
    Case(
        "Agentes del Ejército mexicano abatieron a ocho presuntos sicarios, entre ellos dos mujeres, en un enfrentamiento a balazos registrado el pasado martes en Michoacán.",
        "exact",
        8,
        8,
        8,
        "killed",
        "military",
    ),
    # https://sigloveinte.mx/abaten-a-dos-presuntos-delincuentes-tras-ataque-a-soldados-en-paracuaro/
    # ("presuntos delincuentes" = suspected criminals: no word says armed combatants in the phrase, population all,
    # literally, though they attacked the soldiers)
    Case(
        "Dos presuntos delincuentes fueron abatidos por elementos de la Secretaría de la Defensa Nacional (Sedena) luego de que estos atacaran a los uniformados con armas de grueso calibre.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://eldiademichoacan.com/2025/09/25884
    # (dateline "Apatzingán, Michoacán; 2 de septiembre de 2025.— " trimmed; one gunman shot dead)
    Case(
        "En un enfrentamiento registrado en terrenos cerriles de Apatzingán, un presunto sicario perteneciente al grupo delictivo fue abatido luego de un enfrentamiento con elementos combinados del Ejército Mexicano y la Guardia Nacional.",
        "exact",
        1,
        1,
        1,
        "killed",
        "military",
    ),
    # --- Protests in Venezuela ---
    # http://diario1588.com/2019/01/se-eleva-a-14-los-muertos-en-venezuela/
    # (the first figure is the day's "al menos siete muertos"; the running total of 14 follows)
    Case(
        "La represión de las fuerzas de seguridad contra las manifestaciones registradas este miércoles en Venezuela volvió a ser brutal: se reportaron al menos siete muertos, que elevan así a 14 la cifra total de víctimas fatales en dos días de protestas contra el régimen de Nicolás Maduro.",
        "at_least",
        7,
        7,
        None,
        "killed",
    ),
    # https://www.publico.es/internacional/venezuela-35-muertos-850-detenidos-protestas-venezuela.html
    # (detained: captured, as in the earlier batches; the 77 minors are a part; "21 de enero" is a date)
    Case(
        "Por su parte, Foro Penal ha cifrado en 850 las personas detenidas desde el 21 de enero, incluidos 77 menores de edad, la mayoría en zonas populares.",
        "exact",
        850,
        850,
        850,
        "captured",
    ),
    # https://oronoticias.tv/mas-de-40-muertos-por-protestas-en-venezuela
    Case(
        "Según las Naciones Unidas, las protestas ocurridas la semana pasada en rechazo al Gobierno venezolano de Nicolás Maduro y de apoyo al autoproclamado presidente Juan Guaidó, ha dejado más de 40 muertos y 850 detenidos.",
        "more_than",
        41,
        None,
        None,
        "killed",
    ),
]

NON_FIGURES = [
    # https://tynpanama.com/?p=80605 (people rescued alive)
    "Hasta la fecha, solo 104 personas han sido rescatadas, y «las esperanzas de encontrar supervivientes se desvanecen minuto a minuto», dijo el viernes a la AFP Stella Nanou, portavoz del Alto Comisionado para la Defensa de la ONU para los Refugiados (ACNUR) en Grecia, que afirma que “la investigación debe continuar”.",
    # https://notiactual.com/asesinan-al-menos-a-28-personas-en-una-finca-de-guatemala-todas-decapitadas/amp (a daily rate)
    "Esta es la matanza con mayor número de víctimas registrada en los últimos años en Guatemala, que tiene uno de los mayores índices de homicidios en América Latina, un promedio de 18 al día.",
    # https://cdj.com.mx/?p=101894 (aftershocks)
    "Respecto a las réplicas tras el terremoto del pasado miércoles, éstas sumaban hasta la mañana de este sábado más de 300, de las cuales 59 han sido perceptibles por la población.",
    # https://trapitocom.blogspot.com/2016/02/fuerte-sismo-de-63-sacude-chile.html?m=1 (aftershocks)
    "Según el USGS, se han registrado al menos ocho réplicas.",
    # http://accionmasdesarrollo.org/2017/10/25/la-onu-alerta-aumento-los-desplazamientos-la-republica-democratica-del-congo/ (money and dates)
    "El PMA requiere 27 millones de dólares para asegurar la provisión de alimentos hasta finales de diciembre y 135 millones para responder a las necesidades hasta mediados de 2018.",
    # https://acnur.org/es-es/node/19475 (houses)
    "En la provincia oriental de Ituri y al norte de Kivu se estima que unas 88.000 casas han sido destruidas o dañadas a causa de la violencia.",
    # https://elmostrador.cl/noticias/multimedia/2017/09/01/video-de-que-huyen-los-rohingya-los-refugiados-que-tratan-de-salir-de-myanmar (police stations attacked)
    "El grupo llamado Ejército de Salvación Rohingya de Arakan (Arsa por sus siglas en inglés) reivindicó unos ataques a 30 comisarías de policía, lo que provocó una respuesta militar por parte Myanmar, antes Birmania.",
    # https://portalpolitico.tv/internacionales/los-muertos-en-gaza-superan-35700-62-en-el-ultimo-dia-tras-ultimos-ataques-israelies
    # (inhabitants threatened by a catastrophe, not harmed)
    'El Gobierno de Hamás en Gaza alertó en un comunicado de la "inminente" catástrofe humanitaria que amenaza a más de 700,000 habitantes a causa del cese de la actividad médica en numerosas instalaciones sanitarias al norte de la Franja.',
    # https://panoramadigital.com.ar/2024/07/08/siete-muertos-tras-un-ataque-con-misiles-rusos-en-kiev-segun-autoridades-locales (missiles)
    "Rusia disparó más de 40 misiles contra ciudades ucranianas, alcanzando un hospital infantil en Kiev y dañando edificios residenciales e infraestructuras en todo el país, según ha declarado el presidente Volodímir Zelenski.",
    # https://ellitoral.com/internacionales/muerto-37-heridos-ola-milisles-ataque-rusia-guerra-ucrania-fuerzas-armadas-conflicto_0_1S5JNOm9Zu.amp.html (missiles)
    "El comandante en jefe de las Fuerzas Armadas informó que 18 misiles de crucero fueron disparados en total por Rusia, y 15 de ellos fueron interceptados.",
    # https://neuquendigitalnoticias.com.ar/tema/15823/mina-de-carbon (depths in metres)
    "Los equipos de salvamento se esforzaban por rescatar a los mineros, atrapados a 300 y 350 metros por debajo del nivel del mar.",
    # https://www.rionegro.com.ar/dos-muertos-en-una-mina-EDRN_493564/ (miners rescued alive and a duration)
    "El hecho se produjo a menos de un mes del rescate de 33 mineros que permanecieron 69 días en el fondo de un socavón.",
    # https://www.lavozdelarepublica.es/2025/11/memoria-de-un-pais-una-fosa-comun-menos.html (graves and years)
    "En España hay cerca de 6.000 registros de fosas utilizadas entre el golpe de 1936 y el final del franquismo.",
]
