"""Third batch of real Spanish sentences (issue 16), copied verbatim from public pages and labelled blind to the reader."""

from tests.language_corpus import Case

CASES = [
    # --- Gaza, Israel, hostages ---
    # https://m.vovworld.vn/en-US/noticias/ejercito-israeli-operara-en-todo-oriente-medio-1240163.vov
    Case(
        "En las últimas 24 horas, sus bombardeos dejaron al menos 600 muertos y casi 1000 heridos, según la Autoridad Sanitaria Palestina.",
        "at_least",
        600,
        600,
        None,
        "killed",
    ),
    # https://eldestapeweb.com/mundo/victimas/sube-a-4-651-cifra-de-muertos-en-gaza-desde-inicio-de-conflicto-hamas-israel-202310221360
    Case(
        "El Ministerio de Salud de Gaza agregó en un comunicado que entre las víctimas mortales figuran 1.873 niños, y que había 14.245 personas heridas, informó la agencia de noticias AFP.",
        "exact",
        1873,
        1873,
        1873,
        "killed",
        "all",
        "children",
    ),
    # https://erredealdia.com/internacionales/suman-mas-de-6000-los-muertos-en-gaza-tras-ataques-israelies
    # ("6,100" with a comma as thousands separator, as the page writes "17,000" and "1,400")
    Case(
        "Unos 6,100 palestinos han muerto y 17,000 han resultado heridos por los bombardeos israelíes contra la Franja de Gaza, en represalia por el ataque del grupo islamista Hamás contra Israel del pasado 7 de octubre, que dejó 1,400 fallecidos, anunció este miércoles la propia organización.",
        "approximate",
        None,
        6100,
        None,
        "killed",
    ),
    # https://autodiscover.londrestv.com/index.php/noticias?start=7450
    Case(
        "Al menos un millón de personas se han visto obligadas a huir de sus hogares en solo en una semana.",
        "at_least",
        1000000,
        1000000,
        None,
        "displaced",
    ),
    # https://www.diariosur.es/internacional/oriente-proximo/infierno-rehenes-infierno-gaza-20251004020043-ntrc.html
    Case(
        "Los asaltantes se llevaron secuestradas a 251 personas, incluidos 30 niños.",
        "exact",
        251,
        251,
        251,
        "captured",
    ),
    # https://www.diariosur.es/internacional/oriente-proximo/infierno-rehenes-infierno-gaza-20251004020043-ntrc.html
    Case("Quedan 48 cautivos, de los que sólo unos 18 siguen vivos.", "exact", 48, 48, 48, "captured"),
    # https://es.ara.cat/internacional/oriente-proximo/abuelos-jovenes-criaturas-rehenes-israelies-secuestrados-hamas_130_4830376.html
    # (a subtitle, no final stop on the page)
    Case(
        "Los islamistas dicen mantener retenidas entre 200 y 250 personas que quieren intercambiar por 6.000 presos palestinos",
        "range",
        200,
        None,
        250,
        "captured",
    ),
    # https://www.perfil.com/noticias/internacional/enterrados-vivos-escondidos-o-deportados-el-destino-de-de-los-rehenes-de-hamas.phtml
    # ("niños, ancianos y jóvenes que fueron capturados" writes no amount: the first figure is the ~270 dead)
    Case(
        "Entre ellos hay niños, ancianos y jóvenes que fueron capturados en un festival de música donde también murieron unas 270 personas.",
        "approximate",
        None,
        270,
        None,
        "killed",
    ),
    # --- Missiles and drones: Israel/Iran, Iraq, Russia/Ukraine ---
    # https://venezuelantime.com/un-misil-irani-impacta-en-un-autobus-vacio-en-el-area-metropolitana-de-tel-aviv
    # ("sin causar heridos": without injuring anyone, read as no wounded; "Uno de los misiles" counts a missile)
    Case(
        "Uno de los misiles del último lanzamiento iraní contra Israel impactó este martes en un autobús vacío en el área metropolitana de Tel Aviv sin causar heridos, anunciaron los bomberos en un comunicado.",
        "exact",
        0,
        0,
        0,
        "wounded",
    ),
    # https://venezuelantime.com/un-misil-irani-impacta-en-un-autobus-vacio-en-el-area-metropolitana-de-tel-aviv
    # (the page's grammar: "matado" without "han")
    Case(
        "Mientras en Israel los lanzamientos de misiles iraníes matado a 24 personas.",
        "exact",
        24,
        24,
        24,
        "killed",
    ),
    # https://t13.cl/noticia/mundo/misiles-disparados-bases-utilizadas-eeuu-no-causaron-victimas-iraquies
    Case(
        'Los 22 misiles disparados contra dos bases militares de Irak utilizadas por tropas estadounidenses no causaron "víctimas entre las fuerzas iraquíes", anunció este miércoles el ejército iraquí.',
        "exact",
        0,
        0,
        0,
        "casualties",
        "military",
    ),
    # https://cnnchile.com/mundo/rusia-retoma-ataques-kiev_20240321
    # (the first figure is "no se registran muertos"; the wounded that follow are unquantified)
    Case(
        "Si bien por el momento no se registran muertos, sí hay heridos por los restos de las armas interceptadas que cayeron de todas formas en sectores residenciales e hirieron a algunos civiles.",
        "exact",
        0,
        0,
        0,
        "killed",
    ),
    # https://elcomercio.pe/mundo/europa/guerra-rusia-ucrania-rusia-denuncia-ataque-con-misiles-estadounidenses-atacms-contra-la-ciudad-de-voronezh-ultimas-noticia/
    # (Russian MoD style: launchers "destroyed" with their crews, put at ten servicemen: read as ten killed)
    Case(
        "Como resultado de la repuesta rusa fueron destruidas dos lanzaderas con sus dotaciones de misiles y su personal, que Defensa cifró en diez efectivos.",
        "exact",
        10,
        10,
        10,
        "killed",
        "military",
    ),
    # https://www.lanacion.com.ar/agencias/drones-rusos-hieren-a-20-personas-en-las-ciudades-ucranianas-jarkov-y-dnipro-nid10032026/
    # (dateline "10 mar (Reuters) - " trimmed)
    Case(
        "Drones rusos atacaron Járkov, la segunda ciudad más grande de Ucrania, y la ciudad sudoriental de Dnipró a última hora del lunes y durante la noche, hiriendo a más de 20 personas, según informaron fuentes oficiales ucranianas.",
        "more_than",
        21,
        None,
        None,
        "wounded",
    ),
    # --- Military losses in Ukraine ---
    # https://wideo.ovh/video/x8iolmf/al-menos-40-000-soldados-rusos-han-muerto
    Case(
        "Desde el inicio de la guerra de agresión rusa contra Ucrania hace casi un año, hasta 40.000 soldados o mercenarios han muerto en el bando ruso, según estimaciones de los servicios de inteligencia británicos.",
        "at_most",
        None,
        None,
        40000,
        "killed",
        "military",
    ),
    # https://wideo.ovh/video/x8iolmf/al-menos-40-000-soldados-rusos-han-muerto
    # ("el bando ruso" names a side, not soldiers: population all, literally)
    Case(
        "El número total de muertos o heridos en el bando ruso se cifró entre 175.000 y 200.000.",
        "range",
        175000,
        None,
        200000,
        "casualties",
    ),
    # http://rrnoticias.mx/2023/08/07/registran-250-mil-las-bajas-del-ejercito-ruso
    # ("se sitúa sobre las 250 mil": "sobre" before a number is "around" here, not "over"; a reader could take it
    # for more_than 250,001, the headline "Registran 250 mil las bajas" supports around)
    Case(
        "Según estimaciones de Kiev, que se centran además en la destrucción causada en la artillería y las defensas rusas en su intento por abrir brechas en las tropas ucranianas, el total de bajas en las tropas rusas -entre muertos y heridos- se sitúa sobre las 250 mil desde el inicio de la invasión , en febrero de 2022.",
        "approximate",
        None,
        250000,
        None,
        "casualties",
        "military",
    ),
    # http://rrnoticias.mx/2023/08/07/registran-250-mil-las-bajas-del-ejercito-ruso
    Case(
        "La última vez que su Ministerio de Defensa hizo pública la información fue el 21 de septiembre de 2022, cuando informó de la muerte de 5 mil 937 soldados rusos en Ucrania.",
        "exact",
        5937,
        5937,
        5937,
        "killed",
        "military",
    ),
    # --- Colombia ---
    # https://www.lavozdegalicia.es/noticia/internacional/2001/06/01/guerrilla-da-muerte-80-campesinos-colombia/0003_593102.htm
    Case(
        "Al menos 80 campesinos colombianos fueron asesinados por supuestos guerrilleros de las FARC durante los últimos días en el departamento caribeño de Córdoba, en el noroeste de Colombia.",
        "at_least",
        80,
        80,
        None,
        "killed",
    ),
    # https://www.lavozdegalicia.es/noticia/internacional/2001/06/01/guerrilla-da-muerte-80-campesinos-colombia/0003_593102.htm
    # (the inhabitants "que han huido" are not counted: the first figure is the more than 80 killed)
    Case(
        "Según Senior, los habitantes de La Gloria, Palestina y Sancón, que han huido despavoridos al casco urbano de Tierralta, aseguran que más de 80 personas fueron asesinadas por los presuntos insurgentes, que sepultan unos cadáveres y otros los arrojan a las aguas de los ríos.",
        "more_than",
        81,
        None,
        None,
        "killed",
    ),
    # https://www.ciudadpaz.com/single-post/55-masacres-y-218-víctimas-en-colombia
    Case(
        "En desarrollo de hechos de violencia selectiva, durante lo transcurrido de 2020, han sido asesinadas 423 personas, 218 de ellas en ejecución de 55 masacres y 205 líderes y lideresas sociales en hechos registrados en distintos confines de la Patria.",
        "exact",
        423,
        423,
        423,
        "killed",
    ),
    # https://colombiahoy.news/noticias/Fiscalia-investiga-asesinato-de-cinco-campesinos-en-San-Vicente-del-Caguan--20210627-0010.html
    # (they were later found killed, but this sentence counts them as missing)
    Case(
        "Los cinco hombres, tres de ellos integrantes de una familia, y dos trabajadores de la zona, estaban desaparecidos desde días atrás.",
        "exact",
        5,
        5,
        5,
        "missing",
        "all",
        "men",
    ),
    # https://archivos.elsiglodetorreon.com.mx/noticia/2003/izquierdistas-fusilan-a-rurales-en-colombia.html
    # (dateline "Reuters BOGOTÁ, COLOMBIA.- " trimmed)
    Case(
        "Guerrilleros izquierdistas asesinaron a balazos a por lo menos 16 campesinos en una zona montañosa del noroeste de Colombia, a quienes sacaron de sus casas y luego fusilaron, en la peor masacre de los últimos meses, informaron ayer autoridades civiles y militares.",
        "at_least",
        16,
        16,
        None,
        "killed",
    ),
    # https://expansion.mx/mundo/2012/11/09/una-masacre-en-colombia-revive-el-temor-de-la-violencia-paramilitar
    # ("nueve hombres y una mujer" is one subject of "fueron asesinados": ten killed, not nine men; a stricter
    # reader could label the first amount alone, 9 killed, group men)
    Case(
        "Este miércoles por la noche, nueve hombres y una mujer, todos de origen campesino, fueron asesinados por desconocidos cuando terminaron su jornada laboral en la finca La España, del municipio de Santa Rosa de Osos, departamento de Antioquia.",
        "exact",
        10,
        10,
        10,
        "killed",
    ),
    # https://expansion.mx/mundo/2012/11/09/una-masacre-en-colombia-revive-el-temor-de-la-violencia-paramilitar
    # ("lo daban por muerto": taken for dead, not killed; one wounded)
    Case(
        "Un joven logró sobrevivir cuando los agresores lo daban por muerto, pero se encuentra gravemente herido.",
        "exact",
        1,
        1,
        1,
        "wounded",
    ),
    # http://emol.com/noticias/internacional/2001/05/28/56051/guerrilleros-decapitan-a-11-campesinos-colombianos.html
    # (dateline "BOGOTA.- " trimmed; "izquiersistas" as on the page; kidnapped, then beheaded: killed)
    Case(
        "Guerrilleros de las izquiersistas Fuerzas Armadas Revolucionarias de Colombia (FARC) decapitaron y arrojaron a un río a 11 campesinos a los que habían secuestrado horas antes en una región montañosa del norte de Colombia, informaron este lunes las autoridades.",
        "exact",
        11,
        11,
        11,
        "killed",
    ),
    # https://asesorapaz.defensoria.gov.co/especiales/Catatumbo.html
    Case(
        "El balance humanitario es alarmante, con 64.783 desplazados y 12.913 confinados actualmente (a 28 de abril de 2025), 117 homicidios, y 5 firmantes desaparecidos.",
        "exact",
        64783,
        64783,
        64783,
        "displaced",
    ),
    # --- Peru ---
    # https://desenfoque.cl/2023/02/12/siete-policias-peruanos-mueren-en-emboscada-atribuida-a-grupo-narcoterrorista
    # (police officers, not said to be military: population all, although "efectivos" is often a soldiers' word)
    Case(
        "Siete efectivos de la policía peruana murieron el sábado último en una emboscada cuando se trasladaban en un vehículo todo terreno en un valle cocalero en el sur del país, informó la Policía Nacional de Perú (PNP).",
        "exact",
        7,
        7,
        7,
        "killed",
    ),
    # https://buenapepa.pe/vraem-siete-policias-mueren-tras-emboscada-narcoterrorista/
    # (the first figure is the initial report of four; the toll then rose to seven)
    Case(
        "En un inicio se reportaron cuatro muertos, pero con el transcurrir de las horas la cifra se elevó a siete.",
        "exact",
        4,
        4,
        4,
        "killed",
    ),
    # https://www.elcomercio.com/actualidad/militar-muerto-heridos-sendero-luminoso.html
    # ("la vida de un policía y un soldado": two killed, one police officer and one soldier, so population all)
    Case(
        "Este suceso ocurre menos de dos meses después de que otra emboscada del remanente de Sendero Luminoso se cobrara la vida de un policía y un soldado del Ejército del Perú, además de dejar heridos a otros cinco integrantes de la misma patrulla, que fue sorprendida por minas colocadas por los presuntos terroristas.",
        "exact",
        2,
        2,
        2,
        "killed",
    ),
    # --- Mexico ---
    # https://politica.expansion.mx/estados/2023/03/11/jornada-violenta-deja-nueve-muertos-y-15-detenidos-en-michoacan
    Case(
        "En esta zona, agentes de la Fiscalía encontraron un vehículo quemado con los cadáveres baleados de cinco hombres, mientras que un sexto cuerpo se localizó a unos metros del lugar.",
        "exact",
        5,
        5,
        5,
        "killed",
        "all",
        "men",
    ),
    # https://politica.expansion.mx/estados/2023/03/11/jornada-violenta-deja-nueve-muertos-y-15-detenidos-en-michoacan
    # (no dead, no wounded, no detained: no casualties)
    Case(
        "La Guardia Civil también reveló una serie de enfrentamientos a balazos entre civiles, en el municipio de Buenavista Tomatlán, en la región de Tierra Caliente, aunque hasta el momento no se reportan muertos, heridos o detenidos.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://elbuentono.com.mx/?p=853589
    Case(
        "Durante el ataque, sujetos armados y encapuchados abrieron fuego contra los uniformados, pero hasta el momento no se reportan heridos ni fallecidos.",
        "exact",
        0,
        0,
        0,
        "casualties",
    ),
    # https://www.noventagrados.com.mx/seguridad/dos-presuntos-delincuentes-abatidos-durante-operativo-en-limites-de-morelia-y-madero-michoacan.htm
    # (dateline "Morelia, Mich., a 16 de octubre de 2025.- " trimmed; "agresores" = assailants: military)
    Case(
        "Un enfrentamiento armado entre fuerzas de seguridad y presuntos criminales dejó como saldo dos agresores abatidos, durante un operativo realizado esta tarde de jueves en los límites de los municipios de Morelia y Madero.",
        "exact",
        2,
        2,
        2,
        "killed",
        "military",
    ),
    # https://sanluis.eluniversal.com.mx/tags/tepochica/
    # (no final stop; "nueva" for "nueve" as on the page; state police: population all)
    Case(
        "Esto se produce a dos días de que en Michoacán, elementos de la Policía estatal fueran emboscados por integrantes del Cártel Jalisco Nueva Generación, lo que dejó un saldo de 13 policías muertos y nueva más lesionados",
        "exact",
        13,
        13,
        13,
        "killed",
    ),
    # --- Venezuela ---
    # https://forte.news/represion-de-maduro-en-venezuela-deja-12-muertos-reportan-749-detenidos
    # ("víctimas" here are the 12 dead of the sentence before; read alone, literally, victims = casualties)
    Case(
        "Entre las víctimas se cuentan 11 civiles, incluidos dos menores de edad, y un militar.",
        "exact",
        11,
        11,
        11,
        "casualties",
        "civilian",
    ),
    # https://forte.news/represion-de-maduro-en-venezuela-deja-12-muertos-reportan-749-detenidos
    Case(
        "Además, la Fiscalía General reporta 749 detenidos, entre ellos varios menores de edad.",
        "exact",
        749,
        749,
        749,
        "captured",
    ),
    # https://elquintoelementotv.com/mas-de-985-detenidos-y-once-muertos-en-protestas-en-venezuela
    # (adolescents are minors: group children)
    Case(
        "Según la ONG, entre los detenidos se encuentran 91 adolescentes.",
        "exact",
        91,
        91,
        91,
        "captured",
        "all",
        "children",
    ),
    # --- Haiti ---
    # https://centranews.com.gt/tag/masacre
    Case("Las primeras estimaciones hablaban de 20 muertos.", "exact", 20, 20, 20, "killed"),
    # https://ultimahora.sv/pandillas-dejaron-471-muertos-heridos-y-desaparecidos-en-haiti-en-nueve-dias
    Case(
        "La Organización de las Naciones Unidas (ONU), dio a conocer que en Haití, las pandillas dejaron un total de 471 muertos, heridos y desaparecidos solo desde el 8 al 17 de julio en Cité Soleil, una comuna de la capital haitiana.",
        "exact",
        471,
        471,
        471,
        "casualties",
    ),
    # https://perfil.com/noticias/reperfilar/mas-de-260-personas-murieron-en-dos-meses-en-haiti-segun-la-onu.phtml
    # ("miembros de las fuerzas de seguridad": military, as "efectivos de las fuerzas de seguridad" in the second
    # batch, although in Haiti they are mostly police)
    Case(
        "Además, cuatro miembros de las fuerzas de seguridad murieron, y otros cuatro han resultado heridos.",
        "exact",
        4,
        4,
        4,
        "killed",
        "military",
    ),
    # https://perfil.com/noticias/reperfilar/mas-de-260-personas-murieron-en-dos-meses-en-haiti-segun-la-onu.phtml
    Case(
        "Los ataques armados en los que se produjeron saqueos e incendios de viviendas, obligaron a más de 3.000 personas a huir de sus residencias.",
        "more_than",
        3001,
        None,
        None,
        "displaced",
    ),
    # --- Sudan ---
    # https://m.vovworld.vn/es-ES/noticias/conflicto-en-sudan-feroces-combates-en-ciudad-de-el-fasher-1327578.vov
    Case(
        "Desde abril del año pasado, hasta 150.000 sudaneses perdieron su vida a causa del conflicto.",
        "at_most",
        None,
        None,
        150000,
        "killed",
    ),
    # https://laera.cl/es/entity/yale-universitys-humanitarian-research-lab
    Case(
        "El relato describe enfrentamientos intensos y el posterior desplazamiento de decenas de miles de personas.",
        "vague",
        10000,
        None,
        None,
        "displaced",
        literal_low=20000,
    ),
    # --- Yemen ---
    # https://lavoz.com.ar/mundo/bano-de-sangre-en-yemen-el-funeral-de-la-madre-de-un-ministro-termino-en-una-masacre
    # ("salvar a los heridos" has no amount; the first figure is "los centenares de heridos")
    Case(
        'El vocero dijo que se ha pedido a todos los médicos especialistas que acudan para "salvar a los heridos" y a los ciudadanos que donen sangre, y lanzó un llamamiento a las organizaciones internacionales que actúan en Yemen para que también presten atención médica y tratamiento a los centenares de heridos.',
        "vague",
        100,
        None,
        None,
        "wounded",
        literal_low=200,
    ),
    # https://www.lafm.com.co/internacional/horror-en-yemen-ataque-contra-autobus-escolar-deja-ninos-muertos-119060
    Case(
        "Decenas de personas resultaron muertas o heridas por un bombardeo contra un autobús que llevaba niños en la provincia yemení de Saada, según informó la Cruz Roja yemení.",
        "vague",
        10,
        None,
        None,
        "casualties",
        literal_low=20,
    ),
    # https://diariosigloxxi.com/texto-ep/mostrar/20250429001837/aumentan-12-muertos-ataque-estadounidense-lunes-contra-viviendas-capital-yemen
    # ("tres viviendas" counts houses; the balance of victims, 16, is the 12 dead and 4 wounded of the next sentence)
    Case(
        "El balance de víctimas a consecuencia del ataque perpetrado este lunes por el Ejército estadounidense contra tres viviendas de la capital de Yemen, Saná, ha aumentado a 16, según han informado en las últimas horas los rebeldes hutíes.",
        "exact",
        16,
        16,
        16,
        "casualties",
    ),
    # https://diariosigloxxi.com/texto-ep/mostrar/20250429001837/aumentan-12-muertos-ataque-estadounidense-lunes-contra-viviendas-capital-yemen
    Case(
        'En estos ataques habrían muerto "cientos de combatientes hutíes y varios líderes hutíes".',
        "vague",
        100,
        None,
        None,
        "killed",
        "military",
        literal_low=200,
    ),
    # --- Islamic State attacks on mosques ---
    # https://eldiariomx.com/2016/06/29/mueren-12-acto-terrorista-mezquita
    # ("varias decenas": several tens, 3 x 10)
    Case(
        "El ministerio del Interior confirmó que varias decenas de personas murieron y al menos un centenar resultaron heridas en el atentado de Abu Ghraib, varias de ellas de gravedad, por lo que se teme que pueda aumentar el saldo de víctimas fatales.",
        "vague",
        30,
        None,
        None,
        "killed",
    ),
    # https://eldiariomx.com/2016/06/29/mueren-12-acto-terrorista-mezquita
    Case(
        "En 2004, más de cien soldados estadounidenses murieron y otros mil fueron heridos por rebeldes armados en una dura batalla cuerpo a cuerpo.",
        "more_than",
        101,
        None,
        None,
        "killed",
        "military",
    ),
    # https://amp.antena3.com/noticias/mundo/mueren-seis-personas-resultan-heridas-atentado-daesh-mezquita-bagdag_20160422571ecae04beb287a291b21d3.html
    # ("La fuentes" as on the page)
    Case(
        "La fuentes explicaron que muchos heridos fueron hospitalizados en estado grave, por lo que no se descarta un aumento de la cifra final de fallecidos.",
        "unquantified",
        None,
        None,
        None,
        "wounded",
    ),
    # https://www.diariodeferrol.com/texto-diario/mostrar/2552490/atentado-suicida-ei-mata-21-chiies-mezquita-arabia-saudi
    # ("hasta Arabia Saudí" is "as far as", no bound; "una veintena" = about twenty)
    Case(
        "El grupo terrorista Estado Islámico (EI) extendió ayer sus tentáculos hasta Arabia Saudí con un atentado suicida en una mezquita chií en la población de Al Qadih, donde murieron una veintena de personas y un centenar resultaron heridas.",
        "approximate",
        None,
        20,
        None,
        "killed",
    ),
    # --- Historic wars ---
    # https://glosarios.servidor-alicante.com/historia/somme-batalla-del
    # ("no más de 12 kilómetros" is a distance; "los británicos" names a nation, not soldiers: population all, literally)
    Case(
        "A cambio de escasos avances de no más de 12 kilómetros, los británicos tuvieron 420.000 bajas, los franceses 200.000 y los alemanes en torno a medio millón.",
        "exact",
        420000,
        420000,
        420000,
        "casualties",
    ),
    # https://quo.eldiario.es/ser-humano/g57632/batalla-del-somme
    Case(
        "Los combates se saldaron con casi trescientos mil muertos por ambos bandos.",
        "approximate",
        None,
        300000,
        None,
        "killed",
    ),
    # https://jonkepa.wordpress.com/2008/04/02/26-anos-de-la-guerra-de-las-malvinas/
    # ("74 días" is a duration; the first figure is "unos mil muertos")
    Case(
        "Esto derivó en el envío de la flota británica y en una guerra que duró 74 días, sin que se declarara nunca formalmente, y dejó unos mil muertos más de 600 argentinos y 353 británicos.",
        "approximate",
        None,
        1000,
        None,
        "killed",
    ),
    # https://es.m.wikipedia.org./wiki/V%C3%ADctimas_de_la_guerra_civil_espa%C3%B1ola
    # (the ends are written high first; "muertos en el frente" are combatants by context, but no word says
    # soldiers: population all, literally)
    Case(
        "En cuanto a los muertos en el frente hay casi unanimidad entre los historiadores en situarlos entre 200 000 y 150 000, a excepción de Gabriel Jackson que los reduce a 100 000.",
        "range",
        150000,
        None,
        200000,
        "killed",
    ),
    # https://elciudadano.com/?p=841451
    # ("se estima en": an estimate, read as approximate like "an estimated"; killed, missing and tortured together:
    # casualties)
    Case(
        "No existe unanimidad respecto al número real de víctimas de las violaciones a los derechos humanos en Chile, sin embargo se estima en 40.280 personas entre asesinados, desaparecidos y torturados.",
        "approximate",
        None,
        40280,
        None,
        "casualties",
    ),
    # http://derechos.org/nizkor/chile/libros/memoria/cap6.html
    Case(
        "En marzo de 1974 se presentó ante los tribunales el primer recurso de amparo en favor de 131 personas desaparecidas, pero muy pocas de ellas recobraron la libertad.",
        "exact",
        131,
        131,
        131,
        "missing",
    ),
    # http://www.probidadenchile.cl/wp/?p=145
    # ("le ejecución" as on the page; executed and disappeared together: casualties; "varios millares" = several
    # thousand, 3 x 1,000)
    Case(
        "Estas son las razones que justificaron le ejecución y desaparición de varios millares de chilenos.",
        "vague",
        3000,
        None,
        None,
        "casualties",
    ),
    # --- Earthquakes ---
    # http://terremotoenchiletsunami.blogspot.com/2010/05/sube-521-victimas-terremoto-en-chile.html
    # (the date "7 de abril" stands right before the figure)
    Case(
        "El anterior informe oficial registraba el 7 de abril 486 muertos y 79 desaparecidos.",
        "exact",
        486,
        486,
        486,
        "killed",
    ),
    # https://emol.com/especiales/2010/coberturas-especiales/terremoto-en-chile/cifras.html
    Case(
        "El número oficial de personas desaparecidas –según lo informado por el subsecretario del Interior el 19 de marzo– es de 97, cifra que se basa en la cantidad de denuncias por presunta desgracia que han presentado los familiares.",
        "exact",
        97,
        97,
        97,
        "missing",
    ),
    # https://es.mercopress.com/2015/09/21/cifra-de-damnificados-en-terremoto-de-chiles-suman-6.400
    Case(
        "El tsunami ocurrido minutos después del terremoto provocó la evacuación de un millón de personas que retornaron horas después a sus hogares, en un operativo que ha sido felicitado por la ONU, que también ponderó la resistencia de las edificaciones y la inversión que ha hecho Chile para enfrentar los desastres naturales.",
        "exact",
        1000000,
        1000000,
        1000000,
        "displaced",
    ),
    # --- Explosions ---
    # https://diarioversionfinal.com/mundo/al-menos-21-heridos-por-explosion-en-un-bar-en-madrid/
    Case(
        'Agrega que los médicos "han atendido a 21 heridos, tres de ellos graves y dos potencialmente graves".',
        "exact",
        21,
        21,
        21,
        "wounded",
    ),
    # https://www.noticiascaracol.com/mundo/incendio-en-fabrica-de-banglades-deja-24-muertos
    Case(
        "La explosión de un caldera causó, además, decenas de heridos.",
        "vague",
        10,
        None,
        None,
        "wounded",
        literal_low=20,
    ),
    # https://www.noticiascaracol.com/mundo/incendio-en-fabrica-de-banglades-deja-24-muertos
    # ("víctimas" read literally as casualties; the 2013 disaster's victims were mostly dead)
    Case(
        "Es el peor accidente industrial desde 2013, cuando hubo más de 1100 víctimas.",
        "more_than",
        1101,
        None,
        None,
        "casualties",
    ),
]

NON_FIGURES = [
    # https://m.vovworld.vn/en-US/noticias/ejercito-israeli-operara-en-todo-oriente-medio-1240163.vov (a date and a count of operations)
    "Desde el 7 de octubre, en respuesta al ataque sorpresa de Hamás contra el sur de Israel, fuerzas armadas de Tel Aviv llevaron a cabo cientos de operaciones aéreas y bombardeos contra objetivos en la Franja de Gaza.",
    # https://erredealdia.com/internacionales/suman-mas-de-6000-los-muertos-en-gaza-tras-ataques-israelies (bakeries, and no number of victims)
    "La Oficina de Información el Gobierno de Gaza indicó, por otro lado, que este miércoles al menos diez panaderías del enclave fueron objetivo de ataques aéreos de Israel, sin precisar un número de víctimas.",
    # https://venezuelantime.com/un-misil-irani-impacta-en-un-autobus-vacio-en-el-area-metropolitana-de-tel-aviv (missiles)
    "Según las primeras estimaciones del Ejército israelí, Irán lanzó entre 20 y 30 misiles contra territorio israelí en esta última andana, recogió el diario The Times of Israel.",
    # https://wideo.ovh/video/x8iolmf/al-menos-40-000-soldados-rusos-han-muerto (a percentage)
    'Para los mercenarios del ejército privado Wagner, el "índice de bajas" era probablemente de hasta el 50%.',
    # https://www.laregion.es/lri/reino-unido-calcula-rusia-acumula_1_20260115-4123989.html (a daily rate)
    "Además, según informaciones del Estado Mayor de Ucrania, la tasa media diaria de bajas rusas durante diciembre de 2025 ha alcanzado los 1.130 personas, lo que representa el cuarto aumento mensual consecutivo.",
    # https://www.ciudadpaz.com/single-post/55-masacres-y-218-víctimas-en-colombia (massacres and departments)
    "De acuerdo con el ‘Informe de Masacres en Colombia durante 2020’ –realizado por el Observatorio de Conflictos, Paz y Derechos Humanos de Indepaz– entre el primero de enero y el ocho de septiembre se realizaron 55 masacres en 18 departamentos del país.",
    # https://archivos.elsiglodetorreon.com.mx/noticia/2003/izquierdistas-fusilan-a-rurales-en-colombia.html (a yearly rate)
    "La zona donde se registró la masacre es escenario de frecuentes enfrentamientos armados entre la guerrilla y escuadrones paramilitares de ultraderecha que se disputan el control territorial como parte del conflicto interno de casi cuatro décadas y que deja unos 3,500 muertos cada año.",
    # https://lavoz.com.ar/mundo/bano-de-sangre-en-yemen-el-funeral-de-la-madre-de-un-ministro-termino-en-una-masacre (people present)
    "El bombardeo tuvo lugar cuando cerca de un millar de personas ofrecía sus condolencias a la familia del ministro rebelde del Interior, Yalal al Ruishan, en un salón de eventos del barrio residencial de Al Jamsín, en el sur de Saná.",
    # https://eldiariomx.com/2016/06/29/mueren-12-acto-terrorista-mezquita (worshippers present, a distance)
    "El atentado se registró la víspera en una mezquita de la localidad de Abu Ghraib, a unos 25 kilómetros al oeste de Bagdad, donde decenas de fieles participaban en las oraciones nocturnas del sagrado mes del Ramadan, en el que los musulmanes se abstienen de probar alimentos.",
    # https://jonkepa.wordpress.com/2008/04/02/26-anos-de-la-guerra-de-las-malvinas/ (troops mobilised, a date)
    "Fueron más de 14 mil las tropas movilizadas por Galtieri y la junta militar de la dictadura que se impuso el 24 de marzo de 1976.",
    # https://es.m.wikipedia.org./wiki/V%C3%ADctimas_de_la_guerra_civil_espa%C3%B1ola (births lost, not people harmed)
    "El historiador Enrique Moradiellos sitúa la cifra de no nacidos a causa de la guerra entre 400 000 y 600 000.",
    # https://emol.com/especiales/2010/coberturas-especiales/terremoto-en-chile/cifras.html (aftershocks)
    "Desde la madrugada del 27 de febrero, más de 480 réplicas del terremoto se han registrado en la zona centro sur del país.",
    # http://www.elcomercio.com/actualidad/301-replicas-terremoto-chile.html (people without power or water)
    "Sobre el estado de los servicios básicos, la autoridad indicó que en total hay 7 334 personas sin luz y 1 400 sin agua a nivel domiciliario.",
    # https://diarioversionfinal.com/mundo/al-menos-21-heridos-por-explosion-en-un-bar-en-madrid/ (fire crews)
    "Se precisa que 18 dotaciones de bomberos y una unidad canina siguen trabajando en el desescombro.",
]
