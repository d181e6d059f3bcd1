"""Fourth batch of real Spanish sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # --- Colombia ---
    # https://latelerealidad.com/doble-atentado-en-colombia-deja-18-muertos-incluidos-policias
    # (police officers, not said to be military: population all)
    Case(
        "El ataque, sin precedentes en la región, causó la muerte de 12 policías y dejó a otros cuatro heridos.",
        "exact",
        12,
        12,
        12,
        "killed",
    ),
    # https://lostiempos.com/actualidad/mundo/20250611/colombia-ataques-dejan-al-menos-siete-muertos
    # ("una veintena de ataques" counts attacks)
    Case(
        "Al menos siete personas murieron ayer en una veintena de ataques con disparos, coches bomba y drones lanzados por guerrilleros en el suroeste de Colombia.",
        "at_least",
        7,
        7,
        None,
        "killed",
    ),
    # https://ahoramundo.com/colombia/tendencias/colombia-llora-la-perdida-de-policias-en-ataques-terroristas/14506
    Case(
        "El ataque a la estación de policía de Morales cobró la vida de dos patrulleros, Jaime Andrés Calderón Reyes y Diego López Domínguez.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # https://caracol.com.co/2025/08/20/ataque-armado-en-finca-turistica-de-el-colegio-deja-tres-muertos-y-tres-heridos-en-cundinamarca/
    # (the quotation opens in the sentence before; the closing mark is kept)
    Case(
        "Las tres personas heridas están recibiendo atención médica”, indicó el coronel Mauricio Herrera, comandante del Departamento de Policía Cundinamarca.",
        "exact",
        3,
        3,
        3,
        "wounded",
    ),
    # http://archivo.peru21.pe/mundo/colombia-farc-fuerzas-armadas-revolucionarias-colombia-antioquia-medellin-2199661
    # (dateline "BOGOTÁ (DPA).– " trimmed; "11 vehículos" are vehicles and "unos 18 miembros" the attackers,
    # not casualties)
    Case(
        "Una mujer gravemente herida y 11 vehículos incinerados dejó un ataque de unos 18 miembros de la guerrilla de las Fuerzas Armadas Revolucionarias de Colombia (FARC), en una carretera del noroeste de Colombia, pocas horas después de que el Ejército informara de la muerte de un jefe de ese grupo en una operación militar.",
        "exact",
        1,
        1,
        1,
        "wounded",
        "all",
        "women",
    ),
    # https://www.notimerica.com/politica/noticia-colombia-atentado-explosivos-cauca-colombia-deja-muerto-14-heridos-20260128152627.html
    Case(
        "En un trágico suceso ocurrido la tarde de este martes, un ataque con drones cobró la vida de al menos una persona y dejó heridas a otras catorce, entre ellas una niña de ocho años, en El Plateado, Argelia, al sureste de Colombia.",
        "at_least",
        1,
        1,
        None,
        "killed",
    ),
    # https://escuchaloaca.com.ar/?p=8649
    Case(
        "Unas 32.000 personas han sido desplazadas de sus hogares en la región colombiana del Catatumbo, donde un enfrentamiento entre la guerrilla del Ejército de Liberación Nacional (ELN) y una disidencia de las FARC, que dura ya una semana, los obligó a huir de su tierra.",
        "approximate",
        None,
        32000,
        None,
        "displaced",
    ),
    # http://fronteraysociedad.org/campesinos-en-el-catatumbo-intentaron-regresar-a-sus-casas-y-terminaron-desplazados-de-nuevo-denuncian-minas-antipersona-y-ocupacion-guerrillera-en-sus-viviendas
    # (bodies counted: killed)
    Case(
        "La violencia ha dejado un saldo de al menos 52 cadáveres registrados oficialmente, aunque se sospecha que el número real de víctimas podría superar los 80.",
        "at_least",
        52,
        52,
        None,
        "killed",
    ),
    # https://www.publimetro.co/co/noticias/2020/02/05/la-guerra-desplaza-cientos-catatumbo.html
    # ("tuvieron que abandonar sus viviendas": forced from their homes, displaced)
    Case(
        "Al menos 236 personas tuvieron que abandonar sus viviendas esta semana en la zona rural de La Arenosa, cercana al municipio de Ábrego, por enfrentamientos entre estas dos guerrillas, que desde hace varios años luchan por el control territorial de esa región, informaron autoridades locales.",
        "at_least",
        236,
        236,
        None,
        "displaced",
    ),
    # --- Mexico ---
    # https://sonorapresente.com/2024/09/suma-118-muertos-sinaloa-en-19-dias
    Case(
        "En el caso de los desaparecidos, suman 135 víctimas en el mismo periodo.",
        "exact",
        135,
        135,
        135,
        "missing",
    ),
    # https://jorgefernandezmenendez.com/wpfront/index.php/2024/06/25/enfrentamiento-en-sinaloa-deja-7-muertos-incluido-lider-del-cartel-de-sinaloa
    # (the dead are not said to be on either side: population all)
    Case(
        "En Sinaloa, fuerzas militares y la Guardia Nacional enfrentaron al cártel de Sinaloa, resultando en 7 muertos.",
        "exact",
        7,
        7,
        7,
        "killed",
    ),
    # https://penascodigital.com/mas-de-650-homicidios-y-695-desapariciones-el-saldo-del-enfrentamiento-entre-chapitos-y-mayitos
    # ("hasta el 9 de diciembre" is a date, not a ceiling; missing people "encontradas sin vida" are now dead:
    # killed)
    Case(
        "El informe más reciente señala que, hasta el 9 de diciembre, 82 de las personas desaparecidas han sido encontradas sin vida, mientras que 372 continúan en calidad de no localizadas.",
        "exact",
        82,
        82,
        82,
        "killed",
    ),
    # https://listindiario.com/las-mundiales/america/20251104/fuerzas-seguridad-mexico-abaten-13-delincuentes-sinaloa_880957.html
    # ("agresores" = assailants: military, as in the third batch)
    Case(
        "Un enfrentamiento entre autoridades mexicanas y un grupo armado en el convulso estado de Sinaloa (noroeste) dejó un saldo de 13 agresores muertos y otros cuatro detenidos, informó este lunes el secretario de Seguridad, Omar García Harfuch.",
        "exact",
        13,
        13,
        13,
        "killed",
        "military",
    ),
    # http://www.sdpnoticias.com/estados/2015/08/26/enfrentamientos-dejan-10-muertos-en-sinaloa
    # (dateline "México.- " trimmed; "Dos enfrentamientos" counts clashes)
    Case(
        "Dos enfrentamientos durante la madrugada del miércoles en las comunidades Cacalotán y Aguaverde en municipio de El Rosario, Sinaloa, dejaron un saldo de 10 personas muertas y cuatro heridos.",
        "exact",
        10,
        10,
        10,
        "killed",
    ),
    # --- Sudan ---
    # https://www.telesurtv.net/amp/news/sudan-ejercito-paramilitares-muertos-medicos-20230614-0020.html
    # (decimal comma with a scale word: 1,400,000)
    Case(
        "El conflicto interno que estalló el pasado 15 de abril ha obligado a más de 1,4 millones de personas a desplazarse.",
        "more_than",
        1400001,
        None,
        None,
        "displaced",
    ),
    # https://pulsoslp.com.mx/mundo/pocos-sudaneses-van-a-campamento-en-tawila/1983923
    Case(
        "Los muertos incluyeron al menos 460 personas asesinadas en el hospital, según la Organización Mundial de la Salud.",
        "at_least",
        460,
        460,
        None,
        "killed",
    ),
    # --- Gaza, Israel, hostages ---
    # https://headtopics.com/es/la-onu-y-human-rights-watch-respaldan-las-cifras-de-muertos-47854356
    # ("El número de víctimas ... ha ascendido a" is followed by two figures; the first is the dead)
    Case(
        "El número de víctimas por los bombardeos de Israel contra la Franja de Gaza, controlada por el grupo islamista palestino Hamás, ha ascendido a 7.326 muertos y 18.967 heridos, ha informado este viernes el Ministerio de Sanidad gazatí.",
        "exact",
        7326,
        7326,
        7326,
        "killed",
    ),
    # https://jaliscohoy.com.mx/aumenta-cifra-de-muertos-y-heridos-en-gaza/
    # (people still under the rubble are recorded as missing; the 940 children are a part)
    Case(
        "Asimismo, señala que más de 2 mil personas, de ellas 940 niños, se encuentran aún bajo los escombros de las casas destruídas por los bombardeos.",
        "more_than",
        2001,
        None,
        None,
        "missing",
    ),
    # https://radiovidacelestial.com/mas-de-mil-muertos-en-dos-dias-de-guerra-entre-israel-y-hamas/
    # ("hasta el momento" = so far, not "up to"; "víctimas fatales" are dead)
    Case(
        "La ofensiva desencadenada por la facción palestina que gobierna Gaza dejó hasta el momento en Israel más de 700 víctimas fatales.",
        "more_than",
        701,
        None,
        None,
        "killed",
    ),
    # https://elespectadordecaracas.com/imagenes-impactantes-del-conflicto-israel-hamas
    # ("milicianos": militiamen, military)
    Case(
        "A esto se añaden unos 1.500 milicianos de Hamás que murieron durante el ataque o en los combates posteriores en territorio de Israel, según el recuento del ejército israelí, que esta mañana recuperó el control de la zona.",
        "approximate",
        None,
        1500,
        None,
        "killed",
        "military",
    ),
    # https://www.europesays.com/es/?p=174640
    # (the 168 recovered alive are freed people, not a casualty figure; the first casualty figure is the
    # nearly 260 kidnapped ("casi" = approximate))
    Case(
        "Israel ha conseguido recuperar con vida a 168 de las casi 260 personas que Hamás secuestró durante los ataques del 7 de octubre de 2023.",
        "approximate",
        None,
        260,
        None,
        "captured",
    ),
    # https://www.laopiniondemurcia.es/internacional/2025/10/07/rehenes-israel-gaza-hamas-cuantos-hay-122352502.html
    Case(
        "El Gobierno israelí aseguró que, en su ataque contra localidades y 'kibbutz' del sur del país y un festival de música, Hamás asesinó a 1.139 personas y secuestró a otras 251.",
        "exact",
        1139,
        1139,
        1139,
        "killed",
    ),
    # https://elnuevosiglo.com.co/internacional/bebe-de-9-meses-y-ocho-octogenarios-entre-los-240-secuestrados-por-hamas
    # (capitals as on the page; "menores" = minors: group children)
    Case(
        "EL MOVIMIENTO palestino Hamás, calificado como organización terrorista por Estados Unidos, Israel y la Unión Europea, entre otros, capturó a al menos 34 menores y familias enteras durante su mortífera incursión a suelo israelí el pasado 7 de octubre, lo que desató la justificada respuesta militar de Tel Aviv en la Franja de Gaza.",
        "at_least",
        34,
        34,
        None,
        "captured",
        "all",
        "children",
    ),
    # https://radiomunicipalullum.com/el-mundo/el-incierto-destino-de-los-64-rehenes-que-todavia-estarian-vivos-en-gaza-casi-un-ano-despues
    # ("Casi un año" is a duration and "hasta el 24 de septiembre" a date; the 97 still held are the total, 64
    # and 33 its parts)
    Case(
        "Casi un año después, hasta el 24 de septiembre de 2024, 97 personas siguen cautivas: 64 que se cree que están vivas y 33 declaradas muertas por el ejército israelí.",
        "exact",
        97,
        97,
        97,
        "captured",
    ),
    # --- Ukraine ---
    # https://eljefe967fm.com/2022/03/03/gloria-trevi-solicita-amparo-ante-un-juez-para-evitar-ser-detenida/
    # ("2,000" with a comma as thousands separator)
    Case(
        "El Servicio de Emergencias de Ucrania indicó que más de 2,000 civiles han muerto desde que empezó el conflicto y la oficina de derechos humanos de Naciones Unidas ha registrado 136 muertes de civiles, pero advirtió que la cifra total sería mucho mayor.",
        "more_than",
        2001,
        None,
        None,
        "killed",
        "civilian",
    ),
    # https://eluniverso.com/noticias/internacional/rusia-es-lo-que-es-y-no-nos-avergonzamos-de-mostrar-quienes-somos-la-desafiante-entrevista-del-canciller-serguei-lavrov-con-la-bbc-nota
    Case(
        "Desde que el ejército ruso atacó Ucrania hace casi cuatro meses, miles de civiles han muerto, pueblos enteros han quedado reducidos a escombro y millones de personas han huido de sus hogares.",
        "vague",
        1000,
        None,
        None,
        "killed",
        "civilian",
        literal_low=2000,
    ),
    # https://siete24.mx/mundo/han-muerto-mas-de-dos-mil-civiles-ucranianos/amp
    # (rescue workers of the emergency service, named by no population word: all, as aid workers in the
    # lexicon ("resultados" as on the page))
    Case(
        "En el cumplimiento de todas estas misiones han muerto 10 socorristas y otros 13 han resultados heridos.",
        "exact",
        10,
        10,
        10,
        "killed",
    ),
    # https://redboing.com/ya-son-mas-de-100-los-ninos-muertos-por-la-invasion-rusa-a-ucrania
    # ("hasta este miércoles" is a date; "nenes" = kids)
    Case(
        "Fuentes oficiales del gobierno local informaron a través de un comunicado que hasta este miércoles se contabilizaban al menos 103 nenes fallecidos como resultado de la guerra.",
        "at_least",
        103,
        103,
        None,
        "killed",
        "all",
        "children",
    ),
    # https://noticiasdelmundo.news/?p=569692
    # (the Russian prisoners are not counted; the Ukrainian soldiers Moscow "dice tener en su poder" are held:
    # captured)
    Case(
        "Espera que los prisioneros de guerra capturados en la ofensiva sorpresa que tomó a Rusia desprevenida puedan ser intercambiados rápidamente por algunos de los aproximadamente 6.500 soldados ucranianos que Moscú dice tener en su poder.",
        "approximate",
        None,
        6500,
        None,
        "captured",
        "military",
    ),
    # https://www.deia.eus/actualidad/mundo/2022/04/19/intercambio-presos-tonica-general-guerra/1210716.html
    Case(
        "Moskalkova señaló que las fuerzas rusas capturaron a más de 500 militares ucranianos y que la Cruz Roja ya envió la documentación respectiva para facilitar nuevos canjes de prisioneros.",
        "more_than",
        501,
        None,
        None,
        "captured",
        "military",
    ),
    # https://m.com.do/cuantas-bajas-rusas-hay-hasta-el-momento-en-ucrania
    # ("las tres categorías" are army, other forces and militias, so soldiers by context; "rusos" names a
    # nation: population all, literally, as "los británicos" in the third batch)
    Case(
        "Funcionarios estadounidenses calculan que entre 15.000 y 20.000 rusos, en las tres categorías, han muerto en total desde que comenzó la guerra el 24 de febrero, según una fuente informada.",
        "range",
        15000,
        None,
        20000,
        "killed",
    ),
    # https://eluniverso-el-universo-prod.cdn.arcpublishing.com/noticias/internacional/diez-millones-de-personas-han-debido-huir-de-sus-hogares-en-ucrania-nota
    Case(
        "El jefe del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR), el italiano Filippo Grandi, aseguró este domingo que diez millones de personas han debido abandonar sus hogares en Ucrania debido a la invasión rusa, dos tercios de los cuales han permanecido dentro del país.",
        "exact",
        10000000,
        10000000,
        10000000,
        "displaced",
    ),
    # https://www.continental.com.ar/internacional/ya-son-un-millon-las-personas-que-abandonaron-ucrania_a6220968c17ee8c587914d988?output=amp
    # (an "exodus" of people to neighbouring countries: refugees, displaced; "44 millones" is the population)
    Case(
        "Cuando el conflicto entró en su segunda semana, el alto comisionado de la ONU para los refugiados, Filippo Grandi, dijo que había habido un “éxodo” de Ucrania a los países vecinos de más de un millón de personas, o alrededor del 2% de la población de 44 millones.",
        "more_than",
        1000001,
        None,
        None,
        "displaced",
    ),
    # --- Earthquakes, floods and hurricanes ---
    # http://terremotoperuica.blogspot.com/2007/08/el-alcance-de-la-tragedia.html
    # ("Hasta el momento" = so far, not "up to")
    Case(
        "Hasta el momento el gobierno ha contabilizado 510 muertos, 85.000 damnificados y 17.000 casas destruidas.",
        "exact",
        510,
        510,
        510,
        "killed",
    ),
    # https://actualidad.rt.com/ultima_hora/186302-chile-muertos-terremoto-coquimbo/amp
    # ("respectivamente" pairs 13 with the dead and 6 with the missing; not a range)
    Case(
        "El balance de muertos y desaparecidos tras el potente terremoto producido este miércoles en la costa de Chile ha ascendido a 13 y 6 personas, respectivamente.",
        "exact",
        13,
        13,
        13,
        "killed",
    ),
    # https://amp.ultimahora.es/noticias/internacional/2017/09/08/290543/aumenta-cifra-fallecidos-por-terremoto-mexico.html
    Case(
        "El gobernador de Oaxaca, Alejandro Murat, dijo que en el estado sureño hay «entre 35 y 45» fallecidos, y que Juchitán es el municipio más afectado, con tres decenas de víctimas mortales.",
        "range",
        35,
        None,
        45,
        "killed",
    ),
    # https://elpinguino.com/noticias/60214/Las-cifras-de-la-catstrofe
    # ("pasadas las 22 horas" is a time of day and "72 horas" a duration)
    Case(
        "Sin embargo, la directora del organismo, Carmen Fernández, pasadas las 22 horas de ayer, reconoció que la cifra de fallecidos ya ascendería a más de 300, pero que en el transcurso de las próximas 72 horas tendrán un catastro más acabado de la magnitud de las consecuencias del sismo.",
        "more_than",
        301,
        None,
        None,
        "killed",
    ),
    # https://fuentesinformadas.com/la-dana-se-ceba-con-los-mayores-mas-de-la-mitad-de-las-216-victimas-mortales-eran-mayores-de-70-anos?amp=1
    # ("estas víctimas" are the 216 dead of the sentence before; read alone, literally, victims = casualties,
    # as in the third batch; aged 70 or more: group elderly)
    Case(
        "Más de un centenar de estas víctimas tenían 70 o más años, incluyendo 15 personas de 90 años o más, y nueve eran menores de edad.",
        "more_than",
        101,
        None,
        None,
        "casualties",
        "all",
        "elderly",
    ),
    # https://elperiodicodeceuta.es/impacto-de-la-dana-en-valencia-un-analisis-detallado-de-las-victimas
    Case(
        "A pesar de que todas las víctimas han sido identificadas mediante autopsias, huellas dactilares y ADN, aún se busca a 16 personas desaparecidas.",
        "exact",
        16,
        16,
        16,
        "missing",
    ),
    # https://libertaddigital.com/sociedad/nicaragua-eleva-a-64-el-numero-de-muertos-por-el-huracan-felix-1276312644/amp.html
    Case(
        'El huracán "Félix" ha dejado al menos 64 muertos, 100 desaparecidos y unos 40.000 damnificados en Nicaragua, donde este jueves ha empezado a llegar la ayuda humanitaria, según el último balance.',
        "at_least",
        64,
        64,
        None,
        "killed",
    ),
    # https://izcanal.org/al-menos-357-339-personas-afectadas-deja-tormenta-iota-en-honduras
    # ("tres" counts the "muertos" named earlier in the sentence; "hasta el momento" = so far)
    Case(
        "Aunque no precisó el número de muertos que dejó el fenómeno, medios locales contabilizan tres hasta el momento con base en reportes regionales de cuerpos de socorro.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://publinews.gt/gt/noticias/2020/11/20/suman-6-fallecidos-por-el-paso-de-iota-en-guatemala.html
    # ("varios" = several, 3)
    Case(
        "Los países centroamericanos finalmente comenzaron a ver una mejoría del tiempo, tras haber sufrido el violento impacto del ciclón “Iota”, que se disipó este miércoles después de haber dejado varios muertos, severas inundaciones y destrozos en la infraestructura.",
        "vague",
        3,
        None,
        None,
        "killed",
    ),
    # https://turquesanews.mx/mexico/huracan-willa-solo-dejo-danos-materiales
    # ("pérdidas humanas" = loss of human life: no dead; "categoría 3" is a storm category)
    Case(
        "No hubo pérdidas humanas, sólo daños materiales tras el azote del huracán ‘Willa’ como categoría 3 en el Pacífico mexicano, caminos cerrados por árboles caídos, inundaciones, estragos en casas y distintas estructuras, y cortes de luz y agua fue el saldo que deja el fenómeno que se dispersa en la montaña y se degrada a baja presión.",
        "exact",
        0,
        0,
        0,
        "killed",
    ),
    # http://intra.ada.gba.gov.ar/intra/infoagua/201009/noticias/403899.html
    # ("al menos cinco estados" bounds a count of states, not the deaths)
    Case(
        "Las lluvias en al menos cinco estados mexicanos provocaron 7 muertes y hay más de 600.000 damnificados por las inundaciones, según un balance parcial de organismos de socorro.",
        "exact",
        7,
        7,
        7,
        "killed",
    ),
    # --- Explosions ---
    # https://www.armorthemes.com/demo/videosearchxl/video/x9qcegc/el-momento-del-terror:-así-se-vivió-la-explosión-en-el-oriente-de-medellín
    Case(
        "A pesar de la magnitud de la explosión, no se reportaron personas heridas ni fallecidas.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://mimorelia.com/noticias/mexico/videos-captan-explosi%C3%B3n-en-villahermosa-incendio-destruye-gasera-y-taller
    # ("no había personas en el lugar" says nobody was on the site, not that nobody was hurt; two people with
    # minor injuries: 2 wounded)
    Case(
        "Aunque las autoridades reportan que no había personas en el lugar del siniestro, se brindó atención médica a dos ciudadanos que presentaron lesiones menores tras retirarse apresuradamente al escuchar los estallidos.",
        "exact",
        2,
        2,
        2,
        "wounded",
    ),
    # https://www.univision.com/noticias/imagenes-de-los-grandes-destrozos-que-deja-una-explosion-en-un-centro-comercial-de-florida-fotos-fotos
    # ("persona" singular as on the page)
    Case(
        "La explosión de la mañana de sábado que dejó 21 persona heridas generó grandes daños en edificios del área.",
        "exact",
        21,
        21,
        21,
        "wounded",
    ),
    # https://regioncentroslp.com/general/explosion-de-gas-en-zona-norte
    # ("varias viviendas" counts houses; no dead and no wounded: no casualties)
    Case(
        "El estallido causó daños materiales en varias viviendas cercanas, aunque, afortunadamente, no se registraron víctimas fatales ni personas heridas.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # http://tv.libertaddigital.com/videos/2017-05-31/espectacular-explosion-de-una-tuberia-de-aguas-residuales-en-kiev-6061098.html
    # ("Varios automóviles" counts cars)
    Case(
        "Varios automóviles acabaron dañados, muchas ventanas destrozadas pero ninguna persona resultó herida.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://www.elheraldo.co/tags/explosion
    Case(
        "Los hechos también dejaron a otros seis militares heridos, los cuales se encuentran en diferentes hospitales y clínicas de la región.",
        "exact",
        6,
        6,
        6,
        "wounded",
        "military",
    ),
    # --- Prison riots in Ecuador ---
    # https://elpoder.com.py/?p=24922
    # (inmates are neither civilians nor soldiers by any word here: population all)
    Case(
        "De acuerdo al informe policial, más de 40 presos fallecieron y 220 reclusos lograron escapar.",
        "more_than",
        41,
        None,
        None,
        "killed",
    ),
    # https://abc.com.py/internacionales/2021/09/30/tras-masacre-ecuador-intenta-controlar-carceles
    # (the first figure is the toll before this riot, 120; the running total now is 236 (as the third batch
    # labelled the first of two successive tolls))
    Case(
        "Antes de este motín la cifra de presos asesinados desde enero se elevaba a 120, y ahora ya son 236.",
        "exact",
        120,
        120,
        120,
        "killed",
    ),
    # https://tributv.com.ar/2025/11/10/motin-en-prision-de-ecuador-al-menos-31-presos-murieron-asfixiados/amp
    # ("un saldo mínimo de" = a toll of at least)
    Case(
        "Se registró en la madrugada del domingo un motín carcelario que, junto con los disturbios posteriores, dejó un saldo mínimo de 31 personas muertas y decenas de heridos.",
        "at_least",
        31,
        31,
        None,
        "killed",
    ),
    # --- Haiti ---
    # https://tvn.com.ar/las-pandillas-matan-a-mas-de-180-personas-en-puerto-principe-dice-la-onu/
    # (the 127 elderly men and women are a part of the total)
    Case(
        "Miembros de pandillas en la capital de Haití mataron a 184 personas, incluidos 127 hombres y mujeres de edad avanzada, durante el fin de semana, dijo el lunes Naciones Unidas.",
        "exact",
        184,
        184,
        184,
        "killed",
    ),
    # https://rccmedia.com.do/?p=277381
    # ("entre el 6 y el 11 de diciembre" is a period, not a range of the figure)
    Case(
        "Un informe de la Organización de las Naciones Unidas (ONU) revela que más de 207 personas fueron asesinadas entre el 6 y el 11 de diciembre en la zona de Wharf Jérémie, en Cité Soleil, Haití.",
        "more_than",
        208,
        None,
        None,
        "killed",
    ),
    # https://www.eldecano.es/la-onu-publica-nueva-cifra-de-muertos-por-masacre-de-ancianos-y-lideres-religiosos-vodou-en-haiti/
    # (dateline "PUERTO PRÍNCIPE, Haití (AP) — " trimmed; "decenas" covers elderly people and religious
    # leaders together: group all)
    Case(
        "Las Naciones Unidas elevaron el número de muertos en una reciente masacre en la que decenas de personas mayores y líderes religiosos Vodou fueron asesinados por una pandilla en Haití, y pidieron a las autoridades llevar a los perpetradores ante la justicia.",
        "vague",
        10,
        None,
        None,
        "killed",
        literal_low=20,
    ),
    # https://gayaone.com/es/world-events/international-organizations/1ef96eb8-d4e6-6f8c-a759-c78d8d7af87e
    # (killed or wounded: casualties; "1,740" with a comma as thousands separator)
    Case(
        "Según un informe reciente de la ONU, más de 1,740 personas fueron asesinadas o heridas por pandillas en Haití entre julio y septiembre de 2024, lo que representa un aumento de casi el 30% en comparación con el trimestre anterior.",
        "more_than",
        1741,
        None,
        None,
        "casualties",
    ),
    # --- ETA car bombs, Spain ---
    # https://www.20minutos.es/noticia/413559/0/atentado/eta/heridos/
    # ("cien kilos" is a weight; "una decena" = about ten, as "una veintena" in the third batch)
    Case(
        'La organización terrorista ETA ha hecho estallar de madrugada un coche bomba con cien kilos de explosivo contra la comisaría de la Ertzaintza en Ondarroa, en un atentado que ha causado una decena de heridos, la mayoría leves, y que buscaba "una masacre", según el consejero vasco Javier Balza.',
        "approximate",
        None,
        10,
        None,
        "wounded",
    ),
    # http://www.dw.com/es/bomba-en-norte-espa%C3%B1a-deja-10-heridos-culpan-a-eta/a-3660561
    # ("Ninguno" says none of the wounded was seriously hurt, not that nobody was wounded)
    Case(
        "Ninguno de los 10 heridos se encontraba en estado grave, aunque la explosión dañó seriamente los edificios cercanos.",
        "exact",
        10,
        10,
        10,
        "wounded",
    ),
    # --- Nicaragua, 2018 ---
    # https://biobiochile.cl/noticias/internacional/america-latina/2018/07/23/292-muertos-deja-violencia-politica-en-nicaragua.shtml
    Case(
        "Al menos 292 personas han muerto en las protestas que azotan a Nicaragua desde hace tres meses y que piden la salida del poder del presidente Daniel Ortega, con 11 años en el poder, indicó este lunes el Centro Nicaragüense de Derechos Humanos (Cenidh).",
        "at_least",
        292,
        292,
        None,
        "killed",
    ),
    # https://conexiondigital.com.do/index.php/2018/10/14/en-nicaragua-arrestan-a-26-opositores-e-impiden-marcha
    # (arrested, as the detained of the third batch: captured)
    Case(
        "La policía nicaragüense arrestó el domingo a 26 personas, impidiendo que se llevara a cabo una nueva marcha de la oposición para exigir la renuncia del presidente Daniel Ortega.",
        "exact",
        26,
        26,
        26,
        "captured",
    ),
    # https://tribunadominicana.net/?p=15990
    # ("dos estudiantes y un policía" is one subject of "murieron": three killed, as "nueve hombres y una
    # mujer" in the third batch)
    Case(
        "Al día siguiente, las protestas fueron reprimidas con balas: dos estudiantes y un policía murieron.",
        "exact",
        3,
        3,
        3,
        "killed",
    ),
    # https://www.elnuevodiario.com.ni/nacionales/466560-mas-mitad-muertos-protestas-eran-jovenes/
    # ("Hasta la instalación" = until the opening, a period, not a ceiling)
    Case(
        "Hasta la instalación del diálogo nacional murieron 62 personas en el contexto de las protestas.",
        "exact",
        62,
        62,
        62,
        "killed",
    ),
    # --- Syria ---
    # https://elheraldoslp.com.mx/2015/11/24/bombardeos-contra-isis-en-siria-han-dejado-3-mil-952-muertos
    Case(
        "Al menos 3 mil 952 personas han muerto en Siria, entre ellas 250 civiles, en catorce meses de bombardeos de la coalición internacional, liderada por Estados Unidos, contra el grupo terrorista Estado Islámico (EI), informó hoy el Observatorio Sirio de Derechos Humanos.",
        "at_least",
        3952,
        3952,
        None,
        "killed",
    ),
    # https://www.larazon.es/internacional/al-menos-36-muertos-entre-ellos-15-menores-por-un-bombardeo-en-siria-CD4757466/
    Case(
        "Según la ONU, más de 100.000 personas han muerto en Siria desde el inicio del conflicto en marzo de 2011, cifra que el Observatorio elevó recientemente a más de 125.000 fallecidos.",
        "more_than",
        100001,
        None,
        None,
        "killed",
    ),
    # https://www.noticiasdealava.eus/politica/2013/12/30/elevan-500-muertos-alepo-semanas-1606730.html
    Case(
        "En el mismo periodo, perdieron además la vida por los bombardeos unos 12 combatientes del Estado Islámico de Irak y Siria, vinculado a Al Qaeda.",
        "approximate",
        None,
        12,
        None,
        "killed",
        "military",
    ),
    # https://vigoalminuto.com/2012/07/29/ya-van-mas-de-20-000-muertos-en-siria
    # ("se aproxima ya a los 200" = nearing 200, read as approximate like "casi"; "más de 24 horas" is a
    # duration)
    Case(
        "Los muertos en esta localidad se aproxima ya a los 200, después de más de 24 horas de combates sangrientos.",
        "approximate",
        None,
        200,
        None,
        "killed",
    ),
    # --- Kidnappings in Nigeria ---
    # https://www.mardelplataweb.com/contenido/92818-crece-la-tension-en-nigeria-tras-el-secuestro-de-alumnos-de-una-escuela-religiosa
    Case(
        "Un número no determinado de estudiantes fueron secuestrados en la madrugada de este viernes cuando presuntos terroristas atacaron una escuela católica en el centro de Nigeria.",
        "unquantified",
        None,
        None,
        None,
        "captured",
    ),
    # https://diariohoy.net/internacional/secuestraron-a-estudiantes-en-nigeria-276698
    Case(
        "El suceso se da días después a un hecho similar, donde 25 niñas fueron capturadas en un estado cercano.",
        "exact",
        25,
        25,
        25,
        "captured",
        "all",
        "children",
    ),
    # https://www.notisistema.com/noticias/?p=1409565
    Case(
        "Un ataque armado contra la Escuela Secundaria Católica en el norte de Nigeria deja 315 personas secuestradas, entre ellas 303 estudiantes y 12 profesores.",
        "exact",
        315,
        315,
        315,
        "captured",
    ),
    # https://noticiasvenevision.com/noticias/internacional/hombres-armados-atacan-una-escuela-en-nigeria-y-secuestran-a-28-estudiantes
    # ("al menos" stands before "a 28", the object marker between them)
    Case(
        "Hombres armados atacaron un colegio la madrugada de este miércoles en el estado de Niger, en el oeste de Nigeria, y secuestraron al menos a 28 estudiantes y a un número todavía indeterminado de profesores y familiares de estos.",
        "at_least",
        28,
        28,
        None,
        "captured",
    ),
    # --- Afghanistan ---
    # https://aldianoticias.mx/2018/11/20/ataque-en-kabul-deja-minimo-63-muertos
    Case(
        "Un ataque suicida deja al menos 63 muertos y decenas de heridos en Kabul, Afganistán.",
        "at_least",
        63,
        63,
        None,
        "killed",
    ),
    # https://actualidadradio.com/doble-atentado-suicida-de-los-talibanes-en-kabul-hay-al-menos-24-muertos-y-91-heridos
    # ("murieron y resultaron heridas varias personas": several (3) killed and wounded together, casualties)
    Case(
        "Según el relato del ministerio de Salud, «cuando la gente acudió a ayudar a las víctimas (del primer atentado), hubo un segundo ataque suicida en el que murieron y resultaron heridas varias personas».",
        "vague",
        3,
        None,
        None,
        "casualties",
    ),
    # https://radio-corporacion.com/blog/archivos/45326/afganistan-ataque-suicida-deja-63-muertos-en-salon-de-bodas
    Case(
        "También 182 civiles resultaron heridos en el atentado ocurrido el sábado por la noche, dijo el portavoz del gobierno Feroz Bashari.",
        "exact",
        182,
        182,
        182,
        "wounded",
        "civilian",
    ),
    # http://www.primeraemision.com/40-muertos-atentado-suicida-kabul
    # ("desde 2001" is a year)
    Case(
        "Otro caso, sucedió a finales de mayo en la capital afgana, siendo el peor atentado en el país desde 2001, cuando un camión cargado de explosivos causó 150 muertos y más de 300 heridos.",
        "exact",
        150,
        150,
        150,
        "killed",
    ),
]

NON_FIGURES = [
    # https://siete24.mx/mundo/han-muerto-mas-de-dos-mil-civiles-ucranianos/amp (population of a city)
    "Mientras tanto, continúan los combates por la ciudad ucraniana de Mariúpol, en la que viven medio millón de personas.",
    # https://penascodigital.com/mas-de-650-homicidios-y-695-desapariciones-el-saldo-del-enfrentamiento-entre-chapitos-y-mayitos (stolen vehicles)
    "La escalada de violencia ha provocado también un aumento en otros delitos, como el robo de vehículos, con cerca de mil 500 unidades automotrices.",
    # https://cepanoticias.com/?p=22678 (troops sent, not harmed)
    "El Gobierno envió 100 militares para reforzar la seguridad en el estado de Sinaloa.",
    # https://www.europesays.com/es/?p=174640 (hostages rescued alive)
    "El Ejército israelí, por su parte, ha conseguido recuperar 8 rehenes vivos en operaciones militares sobre el terreno.",
    # https://actualidad.rt.com/ultima_hora/186302-chile-muertos-terremoto-coquimbo/amp (buildings)
    "Además, según informa el diario 'El Espectador', un total de 262 edificios han quedado destruidos como consecuencia del terremoto.",
    # https://amp.ultimahora.es/noticias/internacional/2017/09/08/290543/aumenta-cifra-fallecidos-por-terremoto-mexico.html (homes, schools and public buildings)
    "El informe preliminar con el que cuentan las autoridades del estado señala que hay 1.700 viviendas afectadas, 700 escuelas y 18 edificios públicos.",
    # https://abc.com.py/internacionales/2021/09/30/tras-masacre-ecuador-intenta-controlar-carceles
    # (prison population and guards; the space before the stop is the page's)
    "Es en un gran complejo penitenciario de este puerto del suroeste donde se halla un tercio de los 39.000 presos del país, que son vigilados por 1.500 guardias (3.000 menos de los necesarios, según expertos) .",
    # https://izcanal.org/al-menos-357-339-personas-afectadas-deja-tormenta-iota-en-honduras
    # (people affected by a storm: no casualty metric)
    "Al menos 357.339 personas afectadas dejó la tormenta Iota a su paso por Honduras, informó la Comisión Permanente de Contingencias (COPECO), en un resumen preliminar de daños que provocó el fenómeno que ingresó durante la madrugada del miércoles a El Salvador convertido en depresión tropical.",
    # https://hemeroteca.lahora.gt/rescate-en-mesoamerica-2
    # (food aid: tonnes, people fed, days; the page's mojibake kept)
    "El Programa Mundial de Alimentos (PMA) entregó al gobierno nicaragí¼ense 4,5 toneladas de víveres para alimentar a 890 personas por 10 días, a lo cual se sumó una donación de ayuda humanitaria enviada por el gobierno de Honduras.",
    # https://admin.desdeentrerios.com.ar/el-huracan-ian-dejo-mas-de-100-muertos-en-estados-unidos (money)
    "Las autoridades afirmaron que se necesitarán meses y 50.000 millones de dólares o más para reconstruir las zonas costeras devastadas en Florida, concluyó AFP.",
    # https://quien.com/espectaculos/2009/07/29/bomba-deja-60-heridos-en-espana?00000166-a840-d9aa-abf7-bf51dcc50000-page=2 (people asleep in the building)
    "Rubalcaba afirmó que en el edificio afectado por la explosión dormían 120 personas, entre ellos 41 niños.",
    # https://biobiochile.cl/noticias/internacional/america-latina/2018/07/23/292-muertos-deja-violencia-politica-en-nicaragua.shtml (an age and years)
    "El mandatario, un exguerrillero de 72 años, llegó al poder en 2007 y actualmente está en su tercer mandato consecutivo, que vence en enero de 2022.",
    # https://m.com.do/cuantas-bajas-rusas-hay-hasta-el-momento-en-ucrania (a daily rate)
    "La media de las guerras desde 1816 ha sido de unas 50 muertes diarias en el campo de batalla.",
    # http://www.primeraemision.com/40-muertos-atentado-suicida-kabul (people gathered)
    "El hecho ocurrió cuando a multitud de algo menos de 100 personas se reunieron en el centro cultural para conmemorar el aniversario de la invasión soviética de Afganistán, momento en el que un atacante se infiltró en la multitud y detonó el dispositivo, según precisó el periodista Ehsanullah Amiri, que estaba en la escena.",
    # https://aldianoticias.mx/2018/11/20/ataque-en-kabul-deja-minimo-63-muertos (people present)
    "Presuntamente el terrorista suicida ingresó a un salón de bodas en Kabul, donde cientos de eruditos y clérigos religiosos celebraban.",
    # https://tribunadominicana.net/?p=15990 (a duration; dateline "MANAGUA, Nicaragua. – " trimmed)
    "Este jueves se cumplen 100 días desde que la población de Nicaragua salió masivamente a las calles.",
]
