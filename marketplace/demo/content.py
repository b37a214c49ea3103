"""Demo marketplace for seed_demo: offers and requests of alumni companies, in three languages."""

# Category slugs are shared by every language; the names are translated.
CATEGORIES = [
    {"slug": "services", "eu": "Zerbitzuak", "es": "Servicios", "en": "Services"},
    {"slug": "products", "eu": "Produktuak", "es": "Productos", "en": "Products"},
    {
        "slug": "facilities-equipment",
        "eu": "Instalazioak eta ekipamenduak",
        "es": "Instalaciones y equipamiento",
        "en": "Facilities and equipment",
    },
    {
        "slug": "innovation-tkgune",
        "eu": "Berrikuntza eta TKgune lankidetza",
        "es": "Innovación y colaboración TKgune",
        "en": "Innovation and TKgune collaboration",
    },
    {
        "slug": "talent-internships",
        "eu": "Talentua eta praktikak",
        "es": "Talento y prácticas",
        "en": "Talent and internships",
    },
    {"slug": "premises", "eu": "Lokalak", "es": "Locales", "en": "Premises"},
]


INDEX = {
    "eu": {
        "title": "Azoka",
        "slug": "azoka",
        "seo_title": "Urratsbat komunitatearen azoka",
        "search_description": (
            "Urratsbaten bidez sortutako enpresen eskaintzak eta eskaerak: zerbitzuak, "
            "produktuak, instalazioak, TKgune proiektuak, praktikak eta lokalak."
        ),
        "intro": (
            "<p>Azoka honetan, Urratsbat komunitateko enpresek beren zerbitzuak, produktuak, "
            "instalazioak eta talentua eskaintzen dituzte, eta bazkideak, hornitzaileak, "
            "praktiketako ikasleak, lokalak edo TKgune proiektuetarako lankideak bilatzen "
            "dituzte. Iragazi eskaintzak eta eskaerak kategoriaren edo lurraldearen arabera, eta "
            "bidali zure kontsulta zuzenean enpresari.</p>"
        ),
    },
    "es": {
        "title": "Mercado",
        "slug": "mercado",
        "seo_title": "Mercado de la comunidad Urratsbat",
        "search_description": (
            "Ofertas y demandas de empresas creadas con Urratsbat: servicios, productos, "
            "instalaciones, proyectos TKgune, prácticas y locales."
        ),
        "intro": (
            "<p>En este mercado, las empresas de la comunidad Urratsbat ofrecen sus servicios, "
            "productos, instalaciones y talento, y buscan socios, proveedores, alumnado en "
            "prácticas, locales o colaboradores para proyectos TKgune. Filtra las ofertas y "
            "demandas por categoría o territorio y envía tu consulta directamente a la "
            "empresa.</p>"
        ),
    },
    "en": {
        "title": "Marketplace",
        "slug": "marketplace",
        "seo_title": "Urratsbat community marketplace",
        "search_description": (
            "Offers and requests from companies created with Urratsbat: services, products, "
            "facilities, TKgune projects, internships and premises."
        ),
        "intro": (
            "<p>In this marketplace, companies from the Urratsbat community offer their services, "
            "products, facilities and talent, and look for partners, suppliers, interns, premises "
            "or collaborators for TKgune projects. Filter offers and requests by category or "
            "territory and send your enquiry straight to the company.</p>"
        ),
    },
}


# Fictional listings; every address uses the reserved .example domain. Owners are COMPANIES
# slugs from directory/demo/content.py, and dates are days relative to the seeding day.
# Texts are written natively in each language; descriptions share the same HTML structure so
# that translations can be paired segment by segment.
LISTINGS = [
    {
        "key": "txirbil-five-axis-capacity",
        "kind": "offer",
        "category": "services",
        "company": "txirbil-mekanizazioak",
        "territory": "gipuzkoa",
        "location": "Bergara",
        "starts": -20,
        "ends": 70,
        "contact_email": "ekoizpena@txirbil.example",
        "image": {"colour": "#1d4ed8", "motif": "grid"},
        "eu": {
            "title": "Bost ardatzeko fresaketa-ahalmena eskuragarri datorren hilabetetik aurrera",
            "slug": "bost-ardatzeko-fresaketa-ahalmena-eskuragarri",
            "summary": (
                "Datorren hilabetetik aurrera, hilean 300 ordu inguru izango ditugu libre bost "
                "ardatzeko gure bi mekanizazio-zentroetan, prototipoetarako eta serie labur zein "
                "ertainetarako."
            ),
            "description": (
                "<p>Eskaera handi bat amaitzear dugu, eta, beraz, datorren hilabetetik aurrera "
                "ahalmen librea izango dugu <strong>bost ardatzeko gure bi "
                "mekanizazio-zentroetan</strong> (650 × 520 × 475 mm-ko lan-eremua). Prototipoak "
                "eta serie labur zein ertainak egin ditzakegu altzairuan, altzairu "
                "herdoilgaitzean, aluminioan eta titanioan.</p>"
                "<ul>"
                "<li>Bi txanda, astelehenetik ostiralera: hilean 300 makina-ordu inguru ditugu "
                "eskuragarri.</li>"
                "<li>CAM programazioa geuk egiten dugu, eta sorta bakoitzaren dimentsio-kontrola "
                "koordenatuak neurtzeko makinan, txostenarekin.</li>"
                "<li>Ohiko entrega-epea bizpahiru astekoa da, planoa onartzen denetik.</li></ul>"
                "<p>Bidali iezaguzu 3D eredua (STEP formatuan) eta planoa, eta 48 orduko epean "
                "bidaliko dizugu aurrekontua. Debagoienean piezak jaso eta eraman ere egin "
                "ditzakegu.</p>"
            ),
            "terms": (
                "Orduko 55 €-tik aurrera (bost ardatzeko mekanizazioa); aurrekontua 48 ordutan"
            ),
            "image_alt": "Ilustrazio abstraktua: lauki urdinen sareta",
            "search_description": (
                "Txirbil Mekanizazioak, Bergara: bost ardatzeko fresaketa-ahalmena prototipo eta "
                "serie laburretarako, altzairuan, aluminioan eta titanioan."
            ),
        },
        "es": {
            "title": "Capacidad de fresado en cinco ejes disponible a partir del próximo mes",
            "slug": "capacidad-de-fresado-en-cinco-ejes-disponible",
            "summary": (
                "A partir del próximo mes tendremos unas 300 horas al mes libres en nuestros dos "
                "centros de mecanizado de cinco ejes, para prototipos y series cortas o medias."
            ),
            "description": (
                "<p>Estamos a punto de terminar un pedido grande y, a partir del próximo mes, "
                "tendremos capacidad libre en nuestros <strong>dos centros de mecanizado de cinco "
                "ejes</strong> (recorridos de 650 × 520 × 475 mm). Podemos asumir prototipos y "
                "series cortas o medias en acero, inoxidable, aluminio y titanio.</p>"
                "<ul>"
                "<li>Dos turnos de lunes a viernes, con unas 300 horas de máquina al mes "
                "disponibles.</li>"
                "<li>Programación CAM propia y control dimensional de cada lote en máquina de "
                "medición por coordenadas, con informe.</li>"
                "<li>Plazo de entrega habitual de dos a tres semanas desde la aprobación del "
                "plano.</li></ul>"
                "<p>Envíanos el modelo 3D (en STEP) y el plano, y te haremos llegar el "
                "presupuesto en 48 horas. También podemos recoger y entregar piezas en "
                "Debagoiena.</p>"
            ),
            "terms": "Desde 55 €/hora de mecanizado en cinco ejes; presupuesto en 48 h",
            "image_alt": "Ilustración abstracta: cuadrícula de cuadrados azules",
            "search_description": (
                "Txirbil Mekanizazioak, Bergara: capacidad de fresado en cinco ejes para "
                "prototipos y series cortas en acero, aluminio y titanio."
            ),
        },
        "en": {
            "title": "Five-axis milling capacity available from next month",
            "slug": "five-axis-milling-capacity-available-from-next-month",
            "summary": (
                "From next month we will have around 300 hours a month free on our two five-axis "
                "machining centres, for prototypes and short or medium runs."
            ),
            "description": (
                "<p>We are about to finish a large order, so from next month we will have spare "
                "capacity on our <strong>two five-axis machining centres</strong> (650 × 520 × "
                "475 mm travel). We can take on prototypes and short or medium runs in steel, "
                "stainless steel, aluminium and titanium.</p>"
                "<ul>"
                "<li>Two shifts, Monday to Friday, with around 300 machine hours a month "
                "available.</li>"
                "<li>In-house CAM programming and dimensional inspection of every batch on a "
                "coordinate measuring machine, with a report.</li>"
                "<li>Typical lead time of two to three weeks from drawing approval.</li></ul>"
                "<p>Send us the 3D model (as a STEP file) and the drawing, and we will get a "
                "quote back to you within 48 hours. We can also collect and deliver parts "
                "anywhere in Debagoiena.</p>"
            ),
            "terms": "From €55/hour of five-axis machining; quote within 48 h",
            "image_alt": "Abstract illustration: a grid of blue squares",
            "search_description": (
                "Txirbil Mekanizazioak, Bergara: five-axis milling capacity for prototypes and "
                "short runs in steel, aluminium and titanium. Quote within 48 hours."
            ),
        },
    },
    {
        "key": "hostoa-tkgune-led-recipes",
        "kind": "request",
        "category": "innovation-tkgune",
        "company": "hostoa-farms",
        "territory": "bizkaia",
        "location": "Zamudio",
        "starts": -10,
        "ends": 90,
        "contact_email": "proiektuak@hostoa.example",
        "image": {"colour": "#15803d", "motif": "network"},
        "eu": {
            "title": (
                "Ikastetxe bat eta elektronika-ETE bat bilatzen ditugu LED argi-errezetei buruzko "
                "TKgune proiektu baterako"
            ),
            "slug": "ikastetxe-bat-eta-elektronika-ete-bat-tkgune-proiekturako",
            "summary": (
                "Gure baserri bertikalaren elektrizitate-kontsumoa murriztu nahi dugu, laborantza "
                "bakoitzerako LED argien espektroa eta ordutegia doituta, elkarrekin garatutako "
                "sentsore eta kontrolagailu batekin."
            ),
            "description": (
                "<p>Zamudioko gure baserri bertikalak erabiltzen duen energiaren ia % 60 "
                "argiztapenari dagokio. Uste dugu <strong>gutxienez % 20</strong> aurrez "
                "dezakegula argia laborantza eta hazkunde-fase bakoitzera egokituta, eta TKgune "
                "proiektu baten bidez frogatu nahi dugu.</p>"
                "<ul>"
                "<li>Elektronika, automatizazio edo nekazaritza arloko zikloak dituen Lanbide "
                "Heziketako ikastetxe bat, ikasturte batez proiektuan parte hartzeko prest dauden "
                "ikasle eta irakasleekin.</li>"
                "<li>Elektronikako ETE bat, LED kontrolagailu erregulagarrien sorta txiki bat "
                "diseinatu eta fabrikatzeko gai dena.</li>"
                "<li>Guk jarriko duguna: probak egiteko bi hazkuntza-gela, azken hiru urteetako "
                "laborantza-datuak eta gure taldearen denbora.</li></ul>"
                "<p>Txorierri LHIIrekin sentsoreen inguruan lan egin dugu dagoeneko, eta hau "
                "litzateke hurrengo urratsa. Proposamena TKguneren hurrengo deialdian aurkeztu "
                "nahiko genuke.</p>"
            ),
            "terms": (
                "Kostuak TKgune deialdiaren arabera banatuko dira; emaitzak bazkide guztienak "
                "izango dira"
            ),
            "image_alt": "Ilustrazio abstraktua: lotutako puntu berdeen sarea",
            "search_description": (
                "Hostoa Farms, Zamudio: ikastetxe bat eta elektronika-ETE bat bilatzen ditu "
                "baserri bertikalaren LED argiztapena hobetzeko TKgune proiektu baterako."
            ),
        },
        "es": {
            "title": (
                "Buscamos centro de FP y pyme de electrónica para un proyecto TKgune sobre "
                "recetas de luz LED"
            ),
            "slug": "centro-de-fp-y-pyme-de-electronica-para-proyecto-tkgune",
            "summary": (
                "Queremos reducir el consumo eléctrico de nuestra granja vertical ajustando el "
                "espectro y el horario de los LED a cada cultivo, con sensores y un controlador "
                "desarrollados en común."
            ),
            "description": (
                "<p>La iluminación supone casi el 60 % de la energía que consume nuestra granja "
                "vertical de Zamudio. Creemos que podemos ahorrar <strong>al menos un 20 "
                "%</strong> adaptando la luz a cada cultivo y fase de crecimiento, y queremos "
                "demostrarlo con un proyecto TKgune.</p>"
                "<ul>"
                "<li>Un centro de FP con ciclos de electrónica, automatización o agraria, con "
                "alumnado y profesorado dispuestos a sumarse al proyecto durante un curso.</li>"
                "<li>Una pyme de electrónica capaz de diseñar y fabricar una pequeña serie de "
                "controladores LED regulables.</li>"
                "<li>Nuestra aportación: dos salas de cultivo para las pruebas, los datos de "
                "cultivo de los últimos tres años y el tiempo de nuestro equipo.</li></ul>"
                "<p>Ya hemos colaborado con Txorierri LHII en sensores, y este sería el siguiente "
                "paso. Nos gustaría presentar la propuesta en la próxima convocatoria de "
                "TKgune.</p>"
            ),
            "terms": (
                "Costes compartidos según la convocatoria TKgune; los resultados serán de todos "
                "los socios"
            ),
            "image_alt": "Ilustración abstracta: red de puntos verdes conectados",
            "search_description": (
                "Hostoa Farms, Zamudio, busca un centro de FP y una pyme de electrónica para un "
                "proyecto TKgune que mejore la iluminación LED de su granja vertical."
            ),
        },
        "en": {
            "title": (
                "Looking for a VET centre and an electronics SME for a TKgune project on LED "
                "light recipes"
            ),
            "slug": "vet-centre-and-electronics-sme-for-tkgune-led-project",
            "summary": (
                "We want to cut our vertical farm's electricity use by tuning the LED spectrum "
                "and schedule to each crop, with sensors and a controller developed together."
            ),
            "description": (
                "<p>Lighting accounts for almost 60% of the energy used by our vertical farm in "
                "Zamudio. We believe we can save <strong>at least 20%</strong> by adapting the "
                "light to each crop and growth stage, and we want to prove it through a TKgune "
                "project.</p>"
                "<ul>"
                "<li>A VET centre with electronics, automation or agriculture programmes, whose "
                "students and teachers can join the project for a school year.</li>"
                "<li>An electronics SME able to design and manufacture a small batch of dimmable "
                "LED controllers.</li>"
                "<li>Our contribution: two growing rooms for trials, crop data from the last "
                "three years and our team's time.</li></ul>"
                "<p>We have already worked with Txorierri LHII on sensors, and this would be the "
                "next step. We would like to submit the proposal in the next TKgune call.</p>"
            ),
            "terms": "Costs shared under the TKgune call; results owned jointly by all partners",
            "image_alt": "Abstract illustration: a network of connected green dots",
            "search_description": (
                "Hostoa Farms, Zamudio, is looking for a VET centre and an electronics SME for a "
                "TKgune project on LED lighting in its vertical farm."
            ),
        },
    },
    {
        "key": "garia-labea-sourdough-supply",
        "kind": "offer",
        "category": "products",
        "company": "garia-labea",
        "territory": "araba",
        "location": "Agurain",
        "starts": -30,
        "ends": 100,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Ama-orezko ogia egunero, Arabako jatetxe eta enpresa-jantokientzat",
            "slug": "ama-orezko-ogia-egunero-jatetxe-eta-jantokientzat",
            "summary": (
                "Egunean 150 ogi gehiago hornitzeko ahalmena dugu: Lautadako garai bateko "
                "gari-barietateekin eginak, eta goizeko 8ak baino lehen banatuak."
            ),
            "description": (
                "<p>Bigarren labe bat jarri genuenetik, <strong>egunean 150 ogi gehiago</strong> "
                "egin ditzakegu. Horregatik, bertako ogia estimatzen duten jatetxe, "
                "enpresa-jantoki eta dendak bilatzen ari gara: ama-orez egindako ogia, hartzidura "
                "luzekoa eta gehigarririk gabea.</p>"
                "<ul>"
                "<li>Ogi zuria, zekalezkoa, espeltazkoa eta haziduna, 500 g-tik 2 kg-ra "
                "bitartekoak.</li>"
                "<li>Banaketa astelehenetik larunbatera, goizeko 8ak baino lehen, Agurainen, "
                "Gasteizen eta Lautadako herrietan.</li>"
                "<li>Ogi erdi egosia ere bai, zuen labean amaitzeko.</li></ul>"
                "<p>Irina garai bateko gari-barietateak lantzen dituzten Lautadako bost "
                "baserritatik dator, eta inguruko errota batean ehotzen dute, errotarriekin. Hasi "
                "aurretik, dastaketa bat antola dezakegu zuen lokalean.</p>"
            ),
            "terms": (
                "3,20 €/kg-tik aurrera; gutxieneko eskaera: 10 ogi egunean; doako banaketa "
                "Lautadan eta Gasteizen"
            ),
            "search_description": (
                "Garia Labea, Agurain: ama-orezko ogia egunero jatetxe, enpresa-jantoki eta "
                "dendentzat, Lautadako gariarekin. Banaketa Gasteizen eta Lautadan."
            ),
        },
        "es": {
            "title": (
                "Pan de masa madre a diario para restaurantes y comedores de empresa de Araba"
            ),
            "slug": "pan-de-masa-madre-a-diario-para-restaurantes-y-comedores",
            "summary": (
                "Tenemos capacidad para servir 150 panes más al día, elaborados con trigos "
                "antiguos de la Llanada y entregados antes de las 8 de la mañana."
            ),
            "description": (
                "<p>Desde que instalamos un segundo horno, podemos hornear <strong>150 panes más "
                "al día</strong>. Por eso buscamos restaurantes, comedores de empresa y tiendas "
                "que valoren un pan local: hecho con masa madre, de fermentación larga y sin "
                "aditivos.</p>"
                "<ul>"
                "<li>Pan blanco, de centeno, de espelta y de semillas, en piezas de 500 g a 2 "
                "kg.</li>"
                "<li>Reparto de lunes a sábado antes de las 8 de la mañana en Agurain, "
                "Vitoria-Gasteiz y los pueblos de la Llanada.</li>"
                "<li>También pan precocido, para terminarlo en vuestro propio horno.</li></ul>"
                "<p>La harina procede de cinco caseríos de la Llanada que cultivan variedades "
                "antiguas de trigo, y se muele a la piedra en un molino de la zona. Antes de "
                "empezar, podemos organizar una cata en vuestro local.</p>"
            ),
            "terms": (
                "Desde 3,20 €/kg; pedido mínimo de 10 panes al día; reparto gratuito en la "
                "Llanada y Vitoria-Gasteiz"
            ),
            "search_description": (
                "Garia Labea, Agurain: pan de masa madre a diario para restaurantes, comedores de "
                "empresa y tiendas, con trigo de la Llanada Alavesa."
            ),
        },
        "en": {
            "title": "Daily sourdough bread for restaurants and company canteens in Araba",
            "slug": "daily-sourdough-bread-for-restaurants-and-canteens",
            "summary": (
                "We can now supply 150 more loaves a day, baked with heritage wheat from the "
                "Llanada plain and delivered before 8 a.m."
            ),
            "description": (
                "<p>Since we installed a second oven, we can bake <strong>150 more loaves a "
                "day</strong>. So we are looking for restaurants, company canteens and shops that "
                "value local bread: made with sourdough, fermented slowly and free of "
                "additives.</p>"
                "<ul>"
                "<li>White, rye, spelt and seeded loaves, from 500 g to 2 kg.</li>"
                "<li>Delivery from Monday to Saturday before 8 a.m. in Agurain, Vitoria-Gasteiz "
                "and the villages of the Llanada.</li>"
                "<li>Part-baked bread too, for you to finish in your own oven.</li></ul>"
                "<p>Our flour comes from five farms in the Llanada that grow heritage wheat "
                "varieties, and it is stone-ground at a nearby mill. Before you sign up, we can "
                "arrange a tasting at your premises.</p>"
            ),
            "terms": (
                "From €3.20/kg; minimum order 10 loaves a day; free delivery in the Llanada and "
                "Vitoria-Gasteiz"
            ),
            "search_description": (
                "Garia Labea, Agurain: daily sourdough bread for restaurants, company canteens "
                "and shops, made with wheat from the Llanada Alavesa."
            ),
        },
    },
    {
        "key": "bizkor-cargo-bike-maintenance",
        "kind": "request",
        "category": "services",
        "company": "bizkor-banaketak",
        "territory": "bizkaia",
        "location": "Bilbao",
        "starts": -22,
        "ends": 40,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Tailer bat bilatzen dugu Bilboko 25 zama-bizikleta elektrikoko flota mantentzeko"
            ),
            "slug": "tailer-bat-zama-bizikleta-elektrikoen-flota-mantentzeko",
            "summary": (
                "Gure banatzaileek 1.500 km egiten dituzte astean. Hamabostean behin mantentze "
                "prebentiboa egingo duen eta matxurak 24 orduko epean konponduko dituen tailer "
                "bat behar dugu."
            ),
            "description": (
                "<p>Gure kooperatibak paketeak eta denden eskaerak banatzen ditu Bilbon eta "
                "Ezkerraldean, <strong>25 zama-bizikleta elektrikorekin</strong>. Orain arte geuk "
                "egin ditugu mantentze-lanak, baina flota hazi egin da, eta ibilgailu hauek ondo "
                "ezagutzen dituen bazkide bat behar dugu.</p>"
                "<ul>"
                "<li>Hamabostean behingo azterketa prebentiboa: balaztak, transmisioa, "
                "pneumatikoak eta bateriaren egoera.</li>"
                "<li>Konponketak 24 orduko epean, eta ordezko bizikleta bat, konponketak luzeago "
                "jotzen badu.</li>"
                "<li>Erdiko motorrak eta lan astunetarako balazta hidraulikoak "
                "ezagutzea.</li></ul>"
                "<p>Nahiago genuke tailerra Bilbon edo Ezkerraldean egotea, edo Zorrotzako gure "
                "egoitzara etortzeko aukera izatea. Urteko kontratu egonkor bat egin nahi dugu, "
                "eta Urratsbateko beste enpresa baten proposamena ere pozik jasoko genuke.</p>"
            ),
            "terms": (
                "Urteko kontratua; bizikleta eta hilabete bakoitzeko aurrekontua eskatzen dugu, "
                "piezak aparte fakturatuta"
            ),
            "search_description": (
                "Bizkor Banaketak, Bilbo: tailer bat bilatzen du 25 zama-bizikleta elektrikoren "
                "mantentze prebentiboa eta konponketak egiteko, urteko kontratuarekin."
            ),
        },
        "es": {
            "title": (
                "Buscamos taller para mantener una flota de 25 bicicletas de carga eléctricas en "
                "Bilbao"
            ),
            "slug": "taller-para-flota-de-25-bicicletas-de-carga-electricas",
            "summary": (
                "Nuestro equipo de reparto recorre 1.500 km a la semana. Necesitamos un taller "
                "que haga el mantenimiento preventivo cada quince días y repare las averías en 24 "
                "horas."
            ),
            "description": (
                "<p>Nuestra cooperativa reparte paquetes y pedidos de comercios en Bilbao y la "
                "Margen Izquierda con <strong>25 bicicletas de carga eléctricas</strong>. Hasta "
                "ahora nos hemos ocupado nosotros mismos del mantenimiento, pero la flota ha "
                "crecido y necesitamos un socio que conozca bien estos vehículos.</p>"
                "<ul>"
                "<li>Revisión preventiva cada dos semanas: frenos, transmisión, neumáticos y "
                "estado de la batería.</li>"
                "<li>Reparaciones en 24 horas y bicicleta de sustitución si la reparación se "
                "alarga.</li>"
                "<li>Experiencia con motores centrales y frenos hidráulicos de uso "
                "intensivo.</li></ul>"
                "<p>Preferimos un taller en Bilbao o en la Margen Izquierda, o que pueda venir a "
                "nuestra base de Zorrotza. Buscamos un contrato anual estable, y también nos "
                "encantaría recibir la propuesta de otra empresa de Urratsbat.</p>"
            ),
            "terms": (
                "Contrato anual; pedimos presupuesto por bicicleta y mes, con las piezas "
                "facturadas aparte"
            ),
            "search_description": (
                "Bizkor Banaketak, Bilbao, busca taller para el mantenimiento preventivo y las "
                "reparaciones de 25 bicicletas de carga eléctricas, con contrato anual."
            ),
        },
        "en": {
            "title": "Workshop wanted to maintain a fleet of 25 electric cargo bikes in Bilbao",
            "slug": "workshop-wanted-for-fleet-of-25-electric-cargo-bikes",
            "summary": (
                "Our riders cover 1,500 km a week. We need a workshop that can carry out "
                "preventive maintenance every fortnight and fix breakdowns within 24 hours."
            ),
            "description": (
                "<p>Our cooperative delivers parcels and shop orders around Bilbao and the Left "
                "Bank with <strong>25 electric cargo bikes</strong>. Until now we have done the "
                "maintenance ourselves, but the fleet has grown and we need a partner who really "
                "knows these vehicles.</p>"
                "<ul>"
                "<li>A preventive check every two weeks: brakes, drivetrain, tyres and battery "
                "health.</li>"
                "<li>Repairs within 24 hours, and a replacement bike if a repair takes "
                "longer.</li>"
                "<li>Experience with mid-drive motors and heavy-duty hydraulic brakes.</li></ul>"
                "<p>Ideally the workshop would be in Bilbao or on the Left Bank, or able to come "
                "to our base in Zorrotza. We are looking for a stable annual contract and would "
                "be delighted to receive a proposal from another Urratsbat company.</p>"
            ),
            "terms": (
                "Annual contract; please quote per bike per month, with parts invoiced separately"
            ),
            "search_description": (
                "Bizkor Banaketak, Bilbao, is looking for a workshop to maintain and repair its "
                "fleet of 25 electric cargo bikes under an annual contract."
            ),
        },
    },
    {
        "key": "udalaitz-cobot-test-cell",
        "kind": "offer",
        "category": "facilities-equipment",
        "company": "udalaitz-robotics",
        "territory": "gipuzkoa",
        "location": "Arrasate",
        "starts": -15,
        "ends": 110,
        "contact_email": "",
        "image": {"colour": "#c2410c", "motif": "circles"},
        "eu": {
            "title": "Probatu zure piezak gure robot kolaboratiboen gelaxkan, inbertitu aurretik",
            "slug": "probatu-zure-piezak-gure-robot-kolaboratiboen-gelaxkan",
            "summary": (
                "Erreserbatu bi egun Arrasateko gure proba-gelaxkan, eta egiaztatu, gure "
                "ingeniariekin batera, robot kolaboratibo bat baliagarria den zure CNC makina "
                "elikatzeko, paletizatzeko edo piezak ikuskatzeko."
            ),
            "description": (
                "<p>Tailer askok zalantza egiten dute automatizatzeko orduan, ez dakitelako robot "
                "bat haien piezekin moldatuko ote den. Arrasateko gure instalazioetan <strong>bi "
                "robot kolaboratiboko proba-gelaxka</strong> bat dugu, eta bertan zeure piezekin "
                "proba dezakezu, inbertsiorik egin aurretik.</p>"
                "<ul>"
                "<li>Bi robot kolaboratibo, 10 eta 16 kg-ko zama-ahalmenekoak, "
                "bentosa-heltzaileak eta heltzaile elektrikoak, eta ikusmen-kamera bat.</li>"
                "<li>Garraio-zinta bat eta CNC makina baten simulagailua, benetako ziklo-denborak "
                "lortzeko.</li>"
                "<li>Probaren bideoa eta txosten laburra: ziklo-denbora, inbertsioa itzultzeko "
                "epe estimatua eta arriskuak.</li></ul>"
                "<p>Ekarri hamar edo hogei pieza lagin eta, ahal bada, planoa. Proiektuarekin "
                "aurrera eginez gero, probaren kostua azken aurrekontutik kenduko dizugu.</p>"
            ),
            "terms": (
                "600 € + BEZ bi egunengatik; proiektua eginez gero, azken aurrekontutik kentzen da"
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu laranja gainjarriak",
            "search_description": (
                "Udalaitz Robotics, Arrasate: robot kolaboratiboen proba-gelaxka, zure piezekin "
                "automatizazioa probatzeko inbertitu aurretik. Bi egun, 600 €."
            ),
        },
        "es": {
            "title": (
                "Prueba tus piezas en nuestra célula de robots colaborativos antes de invertir"
            ),
            "slug": "prueba-tus-piezas-en-nuestra-celula-de-robots-colaborativos",
            "summary": (
                "Reserva dos días en nuestra célula de pruebas de Arrasate y comprueba, con "
                "nuestro equipo técnico, si un cobot puede alimentar tu máquina CNC, paletizar o "
                "inspeccionar tus piezas."
            ),
            "description": (
                "<p>Muchos talleres dudan a la hora de automatizar porque no saben si un robot se "
                "adaptará a sus piezas. En nuestras instalaciones de Arrasate tenemos una "
                "<strong>célula de pruebas con dos robots colaborativos</strong> donde puedes "
                "comprobarlo con tus propias piezas antes de invertir.</p>"
                "<ul>"
                "<li>Dos cobots de 10 y 16 kg de carga, con ventosas, pinzas eléctricas y una "
                "cámara de visión.</li>"
                "<li>Un transportador y un simulador de máquina CNC para obtener tiempos de ciclo "
                "realistas.</li>"
                "<li>Vídeo de la prueba e informe breve con el tiempo de ciclo, el plazo estimado "
                "de retorno de la inversión y los riesgos.</li></ul>"
                "<p>Trae diez o veinte piezas de muestra y, si es posible, el plano. Si sigues "
                "adelante con el proyecto, descontamos el coste de la prueba del presupuesto "
                "final.</p>"
            ),
            "terms": "600 € + IVA por dos días, descontables del presupuesto final del proyecto",
            "image_alt": "Ilustración abstracta: círculos naranjas superpuestos",
            "search_description": (
                "Udalaitz Robotics, Arrasate: célula de pruebas con robots colaborativos para "
                "probar la automatización con tus piezas antes de invertir. Dos días, 600 €."
            ),
        },
        "en": {
            "title": "Test your parts in our collaborative robot cell before you invest",
            "slug": "test-your-parts-in-our-collaborative-robot-cell",
            "summary": (
                "Book two days in our test cell in Arrasate and find out, with our engineers, "
                "whether a cobot can tend your CNC machine, palletise or inspect your parts."
            ),
            "description": (
                "<p>Many workshops hold back from automating because they don't know whether a "
                "robot will cope with their parts. At our facility in Arrasate we have a "
                "<strong>test cell with two collaborative robots</strong> where you can try it "
                "out with your own parts before committing to any investment.</p>"
                "<ul>"
                "<li>Two cobots with 10 kg and 16 kg payloads, suction and electric grippers, and "
                "a vision camera.</li>"
                "<li>A conveyor and a CNC machine simulator for realistic cycle times.</li>"
                "<li>A video of the trial and a short report covering cycle time, estimated "
                "payback period and risks.</li></ul>"
                "<p>Bring ten or twenty sample parts and, if possible, the drawing. If you go "
                "ahead with the project, we will deduct the cost of the trial from the final "
                "quote.</p>"
            ),
            "terms": "€600 + VAT for two days, deducted from the final project quote",
            "image_alt": "Abstract illustration: overlapping orange circles",
            "search_description": (
                "Udalaitz Robotics, Arrasate: a collaborative robot test cell where you can trial "
                "automation with your own parts before investing. Two days, €600."
            ),
        },
    },
    {
        "key": "arreta-app-interns",
        "kind": "request",
        "category": "talent-internships",
        "company": "arreta-software",
        "territory": "araba",
        "location": "Vitoria-Gasteiz",
        "starts": -40,
        "ends": 35,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Aplikazioen garapeneko bi ikasle praktiketarako, zahar-egoitzentzako funtzioak "
                "sortzeko"
            ),
            "slug": "aplikazioen-garapeneko-bi-ikasle-praktiketarako",
            "summary": (
                "Plataforma anitzeko edo web-aplikazioen garapeneko zikloetako bi ikasle bilatzen "
                "ditugu, Gasteizko gure taldean lantokiko prestakuntza egiteko."
            ),
            "description": (
                "<p>Arabako eta Nafarroako hogeita bost egoitza eta eguneko zentrotan erabiltzen "
                "dute gure softwarea egunero. Orain bi proiektu zehatz ditugu <strong>bi "
                "ikaslerentzat</strong>, eta bakoitzak gure taldeko garatzaile batekin egingo du "
                "lan.</p>"
                "<ul>"
                "<li>Familien aplikaziorako modu berri bat, letra handiagoarekin eta kontraste "
                "handiarekin, benetako erabiltzaileekin probatua.</li>"
                "<li>Egoiliar bakoitzaren jardueren asteko laburpena, eguneroko erregistroetatik "
                "automatikoki sortua.</li>"
                "<li>Bi proiektuetan Python, Django eta Flutter erabiltzen ditugu, proba "
                "automatikoekin eta kode-berrikuspenekin.</li></ul>"
                "<p>Egoitzetara egiten ditugun bisitetan ere parte hartuko duzu, zaintzaileek "
                "tresna nola erabiltzen duten ikusteko. Dena ondo joanez gero, praktikaldia "
                "amaitzean kontratua eskaini ohi dugu: gaur egungo gure garatzaileetako hiru "
                "praktiketan hasi ziren.</p>"
            ),
            "terms": "500 €-ko hileko beka; ordutegi mistoa, astean hiru egun bulegoan",
            "search_description": (
                "Arreta Software, Gasteiz: aplikazioen garapeneko bi ikasle bilatzen ditu "
                "praktiketarako, zahar-egoitzentzako softwarean Python, Django eta Flutter "
                "erabiliz."
            ),
        },
        "es": {
            "title": (
                "Dos personas en prácticas de desarrollo de aplicaciones para crear funciones "
                "para residencias"
            ),
            "slug": "dos-personas-en-practicas-de-desarrollo-de-aplicaciones",
            "summary": (
                "Buscamos dos alumnos o alumnas de los ciclos de desarrollo de aplicaciones "
                "multiplataforma o web para hacer la formación en centros de trabajo con nuestro "
                "equipo de Vitoria-Gasteiz."
            ),
            "description": (
                "<p>Nuestro software se usa a diario en veinticinco residencias y centros de día "
                "de Araba y Navarra. Ahora tenemos dos proyectos concretos para <strong>dos "
                "personas en prácticas</strong>, y cada una trabajará junto a alguien de nuestro "
                "equipo de desarrollo.</p>"
                "<ul>"
                "<li>Un modo de letra grande y alto contraste para la aplicación de las familias, "
                "probado con personas usuarias reales.</li>"
                "<li>Un resumen semanal de las actividades de cada residente, generado "
                "automáticamente a partir de los registros diarios.</li>"
                "<li>En ambos proyectos usamos Python, Django y Flutter, con pruebas "
                "automatizadas y revisiones de código.</li></ul>"
                "<p>También participarás en las visitas que hacemos a las residencias, para ver "
                "cómo usan la herramienta las personas cuidadoras. Si todo va bien, solemos "
                "ofrecer un contrato al terminar las prácticas: tres de las personas que hoy "
                "programan con nosotros empezaron así.</p>"
            ),
            "terms": (
                "Beca de 500 € al mes; horario híbrido, con tres días presenciales en la oficina"
            ),
            "search_description": (
                "Arreta Software, Vitoria-Gasteiz, busca dos personas en prácticas de desarrollo "
                "de aplicaciones para su software de residencias: Python, Django y Flutter."
            ),
        },
        "en": {
            "title": "Two app development interns to build new features for care homes",
            "slug": "two-app-development-interns-for-care-home-software",
            "summary": (
                "We are looking for two students on multiplatform or web app development "
                "programmes to do their workplace training with our team in Vitoria-Gasteiz."
            ),
            "description": (
                "<p>Our software is used every day in twenty-five care homes and day centres in "
                "Araba and Navarre. We now have two well-defined projects for <strong>two "
                "interns</strong>, each working side by side with one of our developers.</p>"
                "<ul>"
                "<li>A large-text, high-contrast mode for the families' app, tested with real "
                "users.</li>"
                "<li>A weekly summary of each resident's activities, generated automatically from "
                "the daily records.</li>"
                "<li>Both projects use Python, Django and Flutter, with automated tests and code "
                "reviews.</li></ul>"
                "<p>You will also join our visits to care homes to see how carers use the tool "
                "day to day. If all goes well, we usually offer a contract at the end of the "
                "placement: three of our current developers started out as interns.</p>"
            ),
            "terms": "€500/month grant; hybrid schedule, three days a week in the office",
            "search_description": (
                "Arreta Software, Vitoria-Gasteiz, is looking for two app development interns to "
                "work on its care home software with Python, Django and Flutter."
            ),
        },
    },
    {
        "key": "berpiztu-refurbished-laptops",
        "kind": "offer",
        "category": "products",
        "company": "berpiztu-tech",
        "territory": "bizkaia",
        "location": "Bilbao",
        "starts": -12,
        "ends": 45,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "60 ordenagailu eramangarri berritu, prestakuntza-gela eta gizarte-erakundeentzat"
            ),
            "slug": "60-ordenagailu-eramangarri-berritu",
            "summary": (
                "Modelo berekoak, 14 hazbeteko pantailarekin, 16 GB RAMarekin eta SSDarekin, "
                "datuak modu seguruan ezabatuta eta hiru urteko bermearekin: ikasgela oso bat "
                "batera hornitzeko aproposak."
            ),
            "description": (
                "<p>Bilboko banku batek ekipoak berritu ditu, eta <strong>lau urteko 60 "
                "ordenagailu eramangarri berdin</strong> berritu ditugu. Postu guztietan modelo "
                "bera izateak asko errazten ditu mantentze-lanak eta ikasgelaren kudeaketa.</p>"
                "<ul>"
                "<li>Intel Core i5 prozesadorea, 16 GB RAM, 256 GB-ko SSDa, eta bateria berria "
                "jatorrizkoaren edukiera % 80tik behera zegoenean.</li>"
                "<li>Datuen ezabatze ziurtatua, eta Linuxen oinarritutako software libreko "
                "sistema instalatuta; Windows lizentzia ere jar dezakegu, eskatuz gero.</li>"
                "<li>Hiru urteko bermea; konponketak Bilboko gure tailerrean egiten "
                "ditugu.</li></ul>"
                "<p>Lanbide Heziketako ikastetxeek, irabazi-asmorik gabeko erakundeek eta "
                "prestakuntza-proiektuek dute lehentasuna. Gizarteratze-enpresa batekin batera "
                "berritzen ditugu ekipoak; beraz, erosketa bakoitzak tokiko enplegua ere sortzen "
                "du.</p>"
            ),
            "terms": "229 € unitateko (BEZa barne); 199 €, 20 unitate edo gehiagoko eskaeretan",
            "search_description": (
                "Berpiztu Tech, Bilbo: 60 ordenagailu eramangarri berritu, modelo berekoak, hiru "
                "urteko bermearekin, ikastetxe eta gizarte-erakundeentzat."
            ),
        },
        "es": {
            "title": (
                "Lote de 60 portátiles reacondicionados para aulas de formación y entidades "
                "sociales"
            ),
            "slug": "lote-de-60-portatiles-reacondicionados",
            "summary": (
                "Mismo modelo, pantalla de 14 pulgadas, 16 GB de RAM y SSD, datos borrados de "
                "forma segura y tres años de garantía: ideales para equipar un aula entera de una "
                "vez."
            ),
            "description": (
                "<p>Un banco de Bilbao ha renovado sus equipos y hemos reacondicionado <strong>60 "
                "portátiles profesionales idénticos</strong> de cuatro años. Tener el mismo "
                "modelo en todos los puestos facilita mucho el mantenimiento y la gestión del "
                "aula.</p>"
                "<ul>"
                "<li>Procesador Intel Core i5, 16 GB de RAM, SSD de 256 GB y batería nueva cuando "
                "la capacidad de la original había bajado del 80 %.</li>"
                "<li>Borrado de datos certificado y sistema de software libre basado en Linux; "
                "podemos instalar licencia de Windows bajo petición.</li>"
                "<li>Tres años de garantía, con reparaciones en nuestro taller de "
                "Bilbao.</li></ul>"
                "<p>Tienen prioridad los centros de FP, las entidades sin ánimo de lucro y los "
                "proyectos de formación. Reacondicionamos los equipos junto con una empresa de "
                "inserción, así que cada compra también genera empleo local.</p>"
            ),
            "terms": "229 € por unidad (IVA incluido); 199 € en pedidos de 20 unidades o más",
            "search_description": (
                "Berpiztu Tech, Bilbao: 60 portátiles reacondicionados del mismo modelo, con tres "
                "años de garantía, para centros de formación y entidades sociales."
            ),
        },
        "en": {
            "title": "Batch of 60 refurbished laptops for training rooms and non-profits",
            "slug": "batch-of-60-refurbished-laptops",
            "summary": (
                "Same model, 14-inch screen, 16 GB RAM and SSD, securely wiped and with a "
                "three-year warranty: ideal for equipping a whole classroom in one go."
            ),
            "description": (
                "<p>A bank in Bilbao has replaced its equipment, and we have refurbished "
                "<strong>60 identical four-year-old business laptops</strong>. Having the same "
                "model at every desk makes maintenance and classroom management much simpler.</p>"
                "<ul>"
                "<li>Intel Core i5 processor, 16 GB RAM, 256 GB SSD, and a new battery wherever "
                "the original had dropped below 80% capacity.</li>"
                "<li>Certified data erasure and a Linux-based free software system installed; a "
                "Windows licence can be added on request.</li>"
                "<li>Three-year warranty, with repairs carried out at our workshop in "
                "Bilbao.</li></ul>"
                "<p>VET centres, non-profits and training projects get priority. We refurbish the "
                "machines together with a social integration enterprise, so every purchase also "
                "creates local jobs.</p>"
            ),
            "terms": "€229 per unit (VAT included); €199 each for orders of 20 or more",
            "search_description": (
                "Berpiztu Tech, Bilbao: 60 refurbished laptops of the same model with a "
                "three-year warranty, for training centres and non-profits."
            ),
        },
    },
    {
        "key": "lautada-tkgune-demand-forecast",
        "kind": "request",
        "category": "innovation-tkgune",
        "company": "lautada-logistika",
        "territory": "araba",
        "location": "Vitoria-Gasteiz",
        "starts": -35,
        "ends": 60,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Bi industria-ETE bilatzen ditugu biltegiko eskaria aurreikusteko TKgune proiektu "
                "pilotu baterako"
            ),
            "slug": "bi-industria-ete-biltegiko-eskaria-aurreikusteko",
            "summary": (
                "Egibiderekin batera, asteko eskaria aurreikusi eta stocka biltegian "
                "berrantolatzen duen eredu bat probatu nahi dugu. Biltegi propioa duten Arabako "
                "bi ETE behar ditugu parte hartzeko."
            ),
            "description": (
                "<p>Biltegi askotan, gehien saltzen diren produktuak atzealdean egoten dira, eta "
                "eskaerak prestatzen dituztenek kilometroak egiten dituzte egunero. Egibideko "
                "logistika eta informatika sailekin TKgune proiektu bat prestatzen ari gara, "
                "astero <strong>eskaria aurreikusteko eta kokapenak berresleitzeko</strong>.</p>"
                "<ul>"
                "<li>Araban 1.000 eta 10.000 m² arteko biltegia eta gutxienez bi urteko "
                "eskaera-historia duten ETEak.</li>"
                "<li>Datu anonimizatuak partekatzeko prest egotea, bai eta ikasleei eskaerak "
                "prestatzeko prozesua behatzen uzteko ere.</li>"
                "<li>Harremanetarako pertsona bat, sei hilabetez astean bi ordu inguru eskaini "
                "ahal izango dituena.</li></ul>"
                "<p>Horren truke, parte hartzen duten enpresek beren biltegira egokitutako eredu "
                "bat jasoko dute, martxan jarrita, bai eta espero diren aurrezpenei buruzko "
                "txosten bat ere. Proiektua hurrengo ikasturtearen hasieran abiatuko "
                "litzateke.</p>"
            ),
            "terms": "Doakoa parte hartzen duten ETEentzat; TKgune deialdiaren bidez finantzatua",
            "search_description": (
                "Lautada Logistika eta Egibide: Arabako bi industria-ETE bilatzen dituzte "
                "biltegiko eskaria aurreikusteko TKgune proiektu pilotu baterako."
            ),
        },
        "es": {
            "title": (
                "Buscamos dos pymes industriales para un piloto TKgune de previsión de demanda en "
                "almacén"
            ),
            "slug": "dos-pymes-para-piloto-tkgune-de-prevision-de-demanda",
            "summary": (
                "Junto con Egibide queremos probar un modelo que prevé la demanda semanal y "
                "reorganiza la ubicación del stock. Necesitamos dos pymes de Araba con almacén "
                "propio para participar."
            ),
            "description": (
                "<p>En muchos almacenes, los artículos que más se venden están al fondo y quienes "
                "preparan los pedidos recorren kilómetros cada día. Estamos preparando un "
                "proyecto TKgune con los departamentos de logística e informática de Egibide para "
                "<strong>prever la demanda y reasignar ubicaciones</strong> cada semana.</p>"
                "<ul>"
                "<li>Pymes con un almacén de 1.000 a 10.000 m² en Araba y al menos dos años de "
                "histórico de pedidos.</li>"
                "<li>Disposición a compartir datos anonimizados y a que el alumnado observe el "
                "proceso de preparación de pedidos.</li>"
                "<li>Una persona de contacto que pueda dedicar unas dos horas a la semana durante "
                "seis meses.</li></ul>"
                "<p>A cambio, las empresas participantes recibirán un modelo en funcionamiento "
                "adaptado a su almacén y un informe con el ahorro previsto. El proyecto "
                "arrancaría a principios del próximo curso.</p>"
            ),
            "terms": (
                "Sin coste para las pymes participantes; proyecto financiado a través de la "
                "convocatoria TKgune"
            ),
            "search_description": (
                "Lautada Logistika y Egibide buscan dos pymes industriales de Araba para un "
                "piloto TKgune de previsión de demanda y ubicación del stock en almacén."
            ),
        },
        "en": {
            "title": (
                "Two industrial SMEs wanted for a TKgune pilot on warehouse demand forecasting"
            ),
            "slug": "two-smes-wanted-for-tkgune-demand-forecasting-pilot",
            "summary": (
                "Together with Egibide, we want to test a model that forecasts weekly demand and "
                "reorganises where stock is kept. We need two SMEs in Araba with their own "
                "warehouse to take part."
            ),
            "description": (
                "<p>In many warehouses the best-selling items sit at the back, and order pickers "
                "walk kilometres every day. We are preparing a TKgune project with the logistics "
                "and IT departments at Egibide to <strong>forecast demand and reassign storage "
                "locations</strong> every week.</p>"
                "<ul>"
                "<li>SMEs in Araba with a warehouse of 1,000 to 10,000 m² and at least two years "
                "of order history.</li>"
                "<li>Willingness to share anonymised data and to let students observe the picking "
                "process.</li>"
                "<li>A contact person who can spare about two hours a week for six "
                "months.</li></ul>"
                "<p>In return, participating companies will receive a working model tailored to "
                "their warehouse and a report on the expected savings. The project would start at "
                "the beginning of the next school year.</p>"
            ),
            "terms": (
                "No cost to participating SMEs; the project is funded through the TKgune call"
            ),
            "search_description": (
                "Lautada Logistika and Egibide are looking for two industrial SMEs in Araba for a "
                "TKgune pilot on warehouse demand forecasting and stock placement."
            ),
        },
    },
    {
        "key": "geruza-nylon-spare-parts",
        "kind": "offer",
        "category": "services",
        "company": "geruza-3d",
        "territory": "gipuzkoa",
        "location": "Eibar",
        "starts": -45,
        "ends": 90,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Nylon sinterizatuzko ordezko piezak, 72 ordutan inprimatuta eta bidalita",
            "slug": "nylon-sinterizatuzko-ordezko-piezak-72-ordutan",
            "summary": (
                "Plastikozko pieza bat hautsi zaizu eta ez duzu ordezkorik aurkitzen? Pieza "
                "neurtu, berriro diseinatu eta PA12 nylonean inprimatzen dugu, muntatzeko prest, "
                "hiru lanegunetan."
            ),
            "description": (
                "<p>Makina asko geldirik geratzen dira jada fabrikatzen ez den plastikozko pieza "
                "baten faltan: engranaje bat, gida bat, kable-euskarri bat. Jatorrizko pieza "
                "neurtu, <strong>CADen berriro diseinatu</strong> eta laser bidezko sinterizazio "
                "selektiboz inprimatzen dugu, PA12 nylonean; material horrek olioak, higadura eta "
                "150 °C-rainoko tenperaturak jasaten ditu.</p>"
                "<ul>"
                "<li>340 × 340 × 600 mm-rainoko piezak, gutxieneko eskaerarik gabe.</li>"
                "<li>Planorik ez baduzu, bidali iezaguzu hautsitako pieza edo argazkiak, "
                "neurriekin.</li>"
                "<li>Fitxategia gorde egiten dugu; beraz, hurrengo eskaerak azkarragoak eta "
                "merkeagoak dira.</li></ul>"
                "<p>Gure bezero gehienak Debabarreneko makina-erreminta eta ontziratze-enpresak "
                "dira. Euskal Herriko edozein tokitara bidaltzen ditugu piezak, diseinua onartu "
                "eta 72 orduko epean.</p>"
            ),
            "terms": (
                "Berriro diseinatzea: 60 €-tik aurrera pieza bakoitzeko; inprimaketa: 25 €-tik "
                "aurrera; bidalketa doan 150 €-tik gorako eskaeretan"
            ),
            "search_description": (
                "Geruza 3D, Eibar: ordezko piezak nylon sinterizatuan (PA12), berriro diseinatuta "
                "eta 72 ordutan bidalita, makina-erreminta eta ontziratze-enpresentzat."
            ),
        },
        "es": {
            "title": "Piezas de repuesto en nailon sinterizado, impresas y enviadas en 72 horas",
            "slug": "piezas-de-repuesto-en-nailon-sinterizado-en-72-horas",
            "summary": (
                "¿Se te ha roto una pieza de plástico y no encuentras recambio? La medimos, la "
                "rediseñamos y la imprimimos en nailon PA12, lista para montar, en tres días "
                "laborables."
            ),
            "description": (
                "<p>Muchas máquinas se quedan paradas por una pieza de plástico que ya no se "
                "fabrica: un engranaje, una guía, un pasacables. Medimos la pieza original, "
                "<strong>la rediseñamos en CAD</strong> y la imprimimos por sinterizado láser "
                "selectivo en nailon PA12, un material que resiste aceites, desgaste y "
                "temperaturas de hasta 150 °C.</p>"
                "<ul>"
                "<li>Piezas de hasta 340 × 340 × 600 mm, sin pedido mínimo.</li>"
                "<li>Si no tienes plano, envíanos la pieza rota o fotos con medidas.</li>"
                "<li>Guardamos el archivo, así que los pedidos repetidos salen más rápidos y más "
                "baratos.</li></ul>"
                "<p>La mayoría de nuestros clientes son empresas de máquina-herramienta y de "
                "envase y embalaje de Debabarrena. Enviamos a cualquier punto de Euskal Herria en "
                "72 horas desde la aprobación del diseño.</p>"
            ),
            "terms": (
                "Rediseño desde 60 € por pieza; impresión desde 25 €; envío gratuito en pedidos "
                "de más de 150 €"
            ),
            "search_description": (
                "Geruza 3D, Eibar: piezas de repuesto en nailon sinterizado (PA12), rediseñadas y "
                "enviadas en 72 horas, para máquina-herramienta y embalaje."
            ),
        },
        "en": {
            "title": "Spare parts in sintered nylon, printed and shipped within 72 hours",
            "slug": "sintered-nylon-spare-parts-within-72-hours",
            "summary": (
                "Broken a plastic part and can't find a replacement? We measure it, redesign it "
                "and print it in PA12 nylon, ready to fit, within three working days."
            ),
            "description": (
                "<p>Plenty of machines grind to a halt for want of a plastic part that is no "
                "longer made: a gear, a guide, a cable clip. We measure the original, "
                "<strong>redesign it in CAD</strong> and print it by selective laser sintering in "
                "PA12 nylon, a material that stands up to oil, wear and temperatures of up to 150 "
                "°C.</p>"
                "<ul>"
                "<li>Parts up to 340 × 340 × 600 mm, with no minimum order.</li>"
                "<li>No drawing? Send us the broken part, or photos with measurements.</li>"
                "<li>We keep the file, so repeat orders are quicker and cheaper.</li></ul>"
                "<p>Most of our customers are machine-tool and packaging companies in "
                "Debabarrena. We ship anywhere in the Basque Country within 72 hours of design "
                "approval.</p>"
            ),
            "terms": (
                "Redesign from €60 per part; printing from €25; free shipping on orders over €150"
            ),
            "search_description": (
                "Geruza 3D, Eibar: spare parts in sintered PA12 nylon, redesigned from the "
                "original and shipped within 72 hours, for machine-tool and packaging firms."
            ),
        },
    },
    {
        "key": "lastoa-straw-storage",
        "kind": "request",
        "category": "premises",
        "company": "lastoa-bioeraikuntza",
        "territory": "bizkaia",
        "location": "Güeñes",
        "starts": -55,
        "ends": 85,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Biltegi lehor bat behar dugu Güeñes inguruan, 2.000 lasto-fardo gordetzeko",
            "slug": "biltegi-lehor-bat-behar-dugu-guenes-inguruan",
            "summary": (
                "Urtean behin erosten dugu obra guztietarako lastoa, eta 300 m² inguruko leku "
                "lehor eta ondo aireztatua behar dugu, Güeñesetik 20 km-ra gehienez."
            ),
            "description": (
                "<p>Eraikuntzarako lastoa zerealaren uzta jaso bezain laster erosi behar da, eta "
                "<strong>guztiz lehor</strong> gorde behar da hormetan sartu arte. Orain baserri "
                "batean gordetzen dugu, baina jabeak lekua behar du berriro, eta beste leku bat "
                "bilatzen ari gara.</p>"
                "<ul>"
                "<li>300 m² inguru, hormigoizko zoruarekin edo zoru altxatuarekin, teilatu "
                "sendoarekin eta aireztapen onarekin.</li>"
                "<li>Kamioiarentzako sarbidea, eta zamalanak kargagailu teleskopiko batekin "
                "egiteko lekua.</li>"
                "<li>Güeñesetik 20 km-ra gehienez, Enkarterrin edo Kadagua ibarrean.</li></ul>"
                "<p>Nekazaritzako txabola zahar bat, hutsik dagoen industria-pabiloi bat edo "
                "biltegi handiago baten zati bat izan daiteke. Gutxienez hiru urteko kontratua "
                "sinatuko genuke, eta eraikinaren konponketa txikietan lagun genezake, alokairu "
                "merkeago baten truke.</p>"
            ),
            "terms": "Gehienez 900 € hilean; gutxienez hiru urteko kontratua",
            "search_description": (
                "Lastoa Bioeraikuntza: 300 m² inguruko biltegi lehorra bilatzen du Güeñes "
                "inguruan, Enkarterrin edo Kadagua ibarrean, lasto-fardoak gordetzeko."
            ),
        },
        "es": {
            "title": "Buscamos almacén seco cerca de Güeñes para guardar 2.000 balas de paja",
            "slug": "almacen-seco-cerca-de-guenes-para-balas-de-paja",
            "summary": (
                "Compramos la paja una vez al año para todas nuestras obras y necesitamos un "
                "espacio seco y bien ventilado de unos 300 m² a menos de 20 km de Güeñes."
            ),
            "description": (
                "<p>La paja para construir hay que comprarla justo después de la cosecha del "
                "cereal y mantenerla <strong>completamente seca</strong> hasta que entra en los "
                "muros. Ahora la guardamos en un caserío cuyo dueño necesita recuperar el "
                "espacio, así que buscamos otro sitio.</p>"
                "<ul>"
                "<li>Unos 300 m² con suelo de hormigón o elevado, cubierta en buen estado y buena "
                "ventilación.</li>"
                "<li>Acceso para camión y espacio para descargar con un manipulador "
                "telescópico.</li>"
                "<li>A menos de 20 km de Güeñes, en Enkarterri o en el valle del "
                "Kadagua.</li></ul>"
                "<p>Nos sirve una antigua nave agrícola, un pabellón industrial vacío o parte de "
                "un almacén más grande. Firmaríamos un contrato de al menos tres años y podríamos "
                "ayudar con pequeñas reparaciones del edificio a cambio de un alquiler más "
                "bajo.</p>"
            ),
            "terms": "Presupuesto de hasta 900 €/mes; contrato mínimo de tres años",
            "search_description": (
                "Lastoa Bioeraikuntza busca un almacén seco de unos 300 m² cerca de Güeñes, en "
                "Enkarterri o el valle del Kadagua, para guardar balas de paja."
            ),
        },
        "en": {
            "title": "Dry storage wanted near Güeñes for 2,000 straw bales",
            "slug": "dry-storage-wanted-near-guenes-for-straw-bales",
            "summary": (
                "We buy straw once a year for all our builds and need a dry, well-ventilated "
                "space of about 300 m² within 20 km of Güeñes."
            ),
            "description": (
                "<p>Building straw has to be bought straight after the cereal harvest and kept "
                "<strong>completely dry</strong> until it goes into the walls. We currently store "
                "it on a farm whose owner needs the space back, so we are looking for somewhere "
                "new.</p>"
                "<ul>"
                "<li>Around 300 m² with a concrete or raised floor, a sound roof and good "
                "ventilation.</li>"
                "<li>Lorry access and room to unload with a telehandler.</li>"
                "<li>Within 20 km of Güeñes, in Enkarterri or the Kadagua valley.</li></ul>"
                "<p>An old farm shed, an empty industrial unit or part of a larger warehouse "
                "would all work. We would sign a contract for at least three years and could help "
                "with minor repairs to the building in exchange for a lower rent.</p>"
            ),
            "terms": "Budget up to €900/month; minimum three-year contract",
            "search_description": (
                "Lastoa Bioeraikuntza is looking for about 300 m² of dry storage near Güeñes, in "
                "Enkarterri or the Kadagua valley, to keep straw bales for building."
            ),
        },
    },
    {
        "key": "ego-swiss-turning-course",
        "kind": "offer",
        "category": "talent-internships",
        "company": "ego-mikromekanika",
        "territory": "gipuzkoa",
        "location": "Eibar",
        "starts": -18,
        "ends": 55,
        "contact_email": "prestakuntza@egomikro.example",
        "image": None,
        "eu": {
            "title": "Swiss-type torneaketa-ikastaroa, beste enpresetako mekanizatzaileentzat",
            "slug": "swiss-type-torneaketa-ikastaroa-mekanizatzaileentzat",
            "summary": (
                "40 orduko ikastaro praktikoa gure Swiss-type tornuetan, gure ekoizpen-taldeak "
                "emana, mekanizatzaileak prestatu edo haien gaitasunak eguneratu behar dituzten "
                "enpresentzat."
            ),
            "description": (
                "<p>Zaila da buru mugikorreko tornuetan esperientzia duten mekanizatzaileak "
                "aurkitzea, eta enpresa askok lanean bertan prestatu behar izaten dituzte. Urteak "
                "daramatzagu teknika hori Armeria Eskolako ikasleei irakasten, eta orain "
                "<strong>ikastaro bera beste enpresei</strong> ere eskaintzen diegu.</p>"
                "<ul>"
                "<li>40 ordu, bi astetan, gehienez lau laguneko taldeetan.</li>"
                "<li>Swiss-type tornu bat prestatzea, programatzea eta doitzea, tresna "
                "motorizatuen unitatea barne.</li>"
                "<li>Titaniozko eta altzairu herdoilgaitzezko benetako pieza txikiekin egindako "
                "praktikak, prozesuan bertan neurtuta.</li></ul>"
                "<p>Ikastaroa Eibarko gure tailerrean egiten da, arratsaldez, ekoizpena ez "
                "oztopatzeko. Enpresen prestakuntza-kredituaren bidez (FUNDAE) finantza daiteke, "
                "eta izapideetan laguntzen dizuegu.</p>"
            ),
            "terms": (
                "1.250 € pertsonako; FUNDAE bidez finantza daiteke; hurrengo taldea lau plazak "
                "betetzean hasiko da"
            ),
            "search_description": (
                "Ego Mikromekanika, Eibar: Swiss-type torneaketa-ikastaro praktikoa, 40 ordukoa, "
                "beste enpresetako mekanizatzaileentzat. FUNDAE bidez finantza daiteke."
            ),
        },
        "es": {
            "title": (
                "Curso de torneado Swiss-type para profesionales de mecanizado de otras empresas"
            ),
            "slug": "curso-de-torneado-swiss-type-para-otras-empresas",
            "summary": (
                "Curso práctico de 40 horas en nuestros tornos Swiss-type, impartido por nuestro "
                "equipo de producción, para empresas que necesitan formar o reciclar a su "
                "personal de mecanizado."
            ),
            "description": (
                "<p>Encontrar profesionales con experiencia en tornos de cabezal móvil es "
                "difícil, y muchas empresas acaban formándolos en el propio puesto. Llevamos años "
                "enseñando esta técnica al alumnado de Armeria Eskola, y ahora ofrecemos "
                "<strong>el mismo curso a otras empresas</strong>.</p>"
                "<ul>"
                "<li>40 horas repartidas en dos semanas, en grupos de cuatro personas como "
                "máximo.</li>"
                "<li>Preparación, programación y ajuste de un torno Swiss-type, incluida la "
                "unidad de herramientas motorizadas.</li>"
                "<li>Prácticas con piezas pequeñas reales de titanio y acero inoxidable, con "
                "medición en proceso.</li></ul>"
                "<p>El curso se imparte en nuestro taller de Eibar, por las tardes, para no "
                "interferir con la producción. Es bonificable con el crédito de formación de las "
                "empresas (FUNDAE), y os ayudamos con los trámites.</p>"
            ),
            "terms": (
                "1.250 € por persona; bonificable a través de FUNDAE; el próximo grupo empieza al "
                "completarse las cuatro plazas"
            ),
            "search_description": (
                "Ego Mikromekanika, Eibar: curso práctico de torneado Swiss-type de 40 horas para "
                "profesionales de mecanizado de otras empresas. Bonificable por FUNDAE."
            ),
        },
        "en": {
            "title": "Swiss-type turning course for machinists from other companies",
            "slug": "swiss-type-turning-course-for-machinists",
            "summary": (
                "A hands-on 40-hour course on our Swiss-type lathes, taught by our production "
                "team, for companies that need to train or upskill their machinists."
            ),
            "description": (
                "<p>Machinists with experience on sliding-headstock lathes are hard to find, and "
                "many companies end up training them on the job. We have been teaching this "
                "technique to Armeria Eskola students for years, and we are now offering "
                "<strong>the same course to other companies</strong>.</p>"
                "<ul>"
                "<li>40 hours over two weeks, in groups of four people at most.</li>"
                "<li>Setting up, programming and adjusting a Swiss-type lathe, including the "
                "driven tool unit.</li>"
                "<li>Practice on real small parts in titanium and stainless steel, with "
                "in-process measurement.</li></ul>"
                "<p>The course runs at our workshop in Eibar, in the afternoons, so as not to get "
                "in the way of production. It can be funded through the company's FUNDAE training "
                "credit, and we will help you with the paperwork.</p>"
            ),
            "terms": (
                "€1,250 per person; eligible for FUNDAE funding; the next group starts once all "
                "four places are filled"
            ),
            "search_description": (
                "Ego Mikromekanika, Eibar: a hands-on 40-hour Swiss-type turning course for "
                "machinists from other companies, eligible for FUNDAE funding."
            ),
        },
    },
    {
        "key": "basalde-local-apples",
        "kind": "request",
        "category": "products",
        "company": "basalde-brewing",
        "territory": "gipuzkoa",
        "location": "Usurbil",
        "starts": -6,
        "ends": 50,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Bertako sagarrak behar ditugu: zortzi tona gure sagar-garagardorako",
            "slug": "bertako-sagarrak-behar-ditugu-sagar-garagardorako",
            "summary": (
                "Gure sagar-garagardoak arrakasta du, eta fruitu gehiago behar dugu hurrengo "
                "uztarako. Bertako sagardo-barietateak dituzten Gipuzkoako sagastiak bilatzen "
                "ditugu, ekologikoak ahal bada."
            ),
            "description": (
                "<p>Sagar-garagardoa bihurtu da gure produkturik salduena, eta datorren urtean "
                "<strong>ekoizpena bikoiztu</strong> nahi dugu. Horretarako, zortzi tona sagar "
                "inguru behar ditugu, eta nahiago dugu Usurbil inguruko sagastiei erosi, "
                "handizkari bati baino.</p>"
                "<ul>"
                "<li>Bertako sagardo-barietateak, hala nola Txalaka, Urtebi edo Moko, edo "
                "azidotasuna eta gozotasuna orekatzen dituen nahasketa bat.</li>"
                "<li>Fruitu oso eta osasuntsua; itxura ez zaigu axola.</li>"
                "<li>Garagardotegira ekartzea, uztan zehar hainbat aldiz, edo sagastian bertan "
                "jasotzea, gertu bazaude.</li></ul>"
                "<p>Fruitu ekologikoa merkatuko prezioaren gainetik ordaintzen dugu, eta lehen "
                "uzta ondo joaten bada, urte anitzeko akordioa sinatuko dugu. Lata bakoitzean "
                "agertuko da sagarrak zein sagastitatik datozen.</p>"
            ),
            "terms": "Sagar ekologikoa 0,45 €/kg, ohikoa 0,35 €/kg; ordainketa 30 eguneko epean",
            "search_description": (
                "Basalde Brewing, Usurbil: zortzi tona sagar behar ditu bere sagar-garagardorako. "
                "Bertako sagardo-barietateak dituzten Gipuzkoako sagastiak bilatzen ditu."
            ),
        },
        "es": {
            "title": "Buscamos productores locales que nos suministren ocho toneladas de manzana",
            "slug": "productores-locales-ocho-toneladas-de-manzana",
            "summary": (
                "Nuestra cerveza de manzana se vende bien y necesitamos más fruta para la próxima "
                "cosecha. Buscamos pomaradas de Gipuzkoa con variedades locales de sidra, a ser "
                "posible ecológicas."
            ),
            "description": (
                "<p>La cerveza de manzana se ha convertido en nuestro producto más vendido, y el "
                "año que viene queremos <strong>duplicar la producción</strong>. Para ello "
                "necesitamos unas ocho toneladas de manzana, y preferimos comprarla a pomaradas "
                "cercanas a Usurbil antes que a un mayorista.</p>"
                "<ul>"
                "<li>Variedades locales de sidra como Txalaka, Urtebi o Moko, o una mezcla que "
                "equilibre acidez y dulzor.</li>"
                "<li>Fruta entera y sana; el aspecto no nos importa.</li>"
                "<li>Entrega en la cervecera en varias tandas durante la cosecha, o recogida en "
                "la pomarada si estás cerca.</li></ul>"
                "<p>Pagamos la fruta ecológica por encima del precio de mercado y, si la primera "
                "cosecha va bien, firmaremos un acuerdo plurianual. Cada lata llevará el nombre "
                "de las pomaradas de donde procede la manzana.</p>"
            ),
            "terms": "0,45 €/kg la manzana ecológica y 0,35 €/kg la convencional; pago a 30 días",
            "search_description": (
                "Basalde Brewing, Usurbil, busca ocho toneladas de manzana para su cerveza: "
                "pomaradas de Gipuzkoa con variedades locales de sidra, mejor si son ecológicas."
            ),
        },
        "en": {
            "title": "Local apple growers wanted to supply eight tonnes for our apple beer",
            "slug": "local-apple-growers-wanted-for-our-apple-beer",
            "summary": (
                "Our apple beer is selling well and we need more fruit for the next harvest. We "
                "are looking for orchards in Gipuzkoa with local cider varieties, ideally organic."
            ),
            "description": (
                "<p>Apple beer has become our best seller, and next year we want to "
                "<strong>double production</strong>. That means we need around eight tonnes of "
                "apples, and we would rather buy them from orchards near Usurbil than from a "
                "wholesaler.</p>"
                "<ul>"
                "<li>Local cider varieties such as Txalaka, Urtebi or Moko, or a blend that "
                "balances acidity and sweetness.</li>"
                "<li>Whole, sound fruit; we don't mind what it looks like.</li>"
                "<li>Delivery to the brewery in several batches during the harvest, or collection "
                "from your orchard if you are nearby.</li></ul>"
                "<p>We pay above market price for organic fruit and, if the first harvest goes "
                "well, we will sign a multi-year agreement. Every can will name the orchards its "
                "apples came from.</p>"
            ),
            "terms": (
                "€0.45/kg for organic apples, €0.35/kg for conventional; payment within 30 days"
            ),
            "search_description": (
                "Basalde Brewing, Usurbil, needs eight tonnes of apples for its apple beer and is "
                "looking for Gipuzkoa orchards with local cider varieties, ideally organic."
            ),
        },
    },
    {
        "key": "argiz-desks-vitoria",
        "kind": "offer",
        "category": "premises",
        "company": "argiz-energia",
        "territory": "araba",
        "location": "Vitoria-Gasteiz",
        "starts": 0,
        "ends": 120,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Bi lanpostu eta bilera-gela bat enpresa berri batentzat, Gasteizko erdigunean"
            ),
            "slug": "bi-lanpostu-eta-bilera-gela-bat-enpresa-berri-batentzat",
            "summary": (
                "Bulegoan lekua soberan dugu. Bi lanpostu eskaintzen dizkiogu, alokairu merkean "
                "eta gehienez urtebeterako, Urratsbaten bidez duela gutxi sortutako enpresa bati."
            ),
            "description": (
                "<p>Lehen urtean Egibideko Urratsbat bulegoan aritu ginen lanean, eta badakigu "
                "zenbat laguntzen duen hasteko leku on batek. Bulego handiago batera aldatu "
                "garenez, <strong>jasotakoa itzuli</strong> nahi diogu bidea hasi berri duen "
                "enpresa bati.</p>"
                "<ul>"
                "<li>Altzariz hornitutako bi lanpostu, 180 m²-ko espazio ireki partekatuan, "
                "tranbiatik oinez bost minutura.</li>"
                "<li>Bilera-gela eta sukaldea erabiltzeko aukera; zuntz optikozko konexioa eta "
                "inprimagailua barne.</li>"
                "<li>Sarbidea lanegunetan, 7:00etatik 21:00etara, zuen txartel "
                "propioarekin.</li></ul>"
                "<p>Bereziki interesatzen zaizkigu energiaren, eraikuntzaren edo zerbitzu "
                "digitalen arloko enpresak, elkarlanerako aukerak egon daitezkeelako. Konta "
                "iezaguzu laburki zein den zuen proiektua eta noiz etorri nahiko zenuketen.</p>"
            ),
            "terms": (
                "150 € hilean lanpostu bakoitzeko, gastu guztiak barne; gutxienez hiru hilabete, "
                "gehienez urtebete"
            ),
            "search_description": (
                "Argiz Energia, Gasteiz: bi lanpostu eta bilera-gela Urratsbaten bidez sortutako "
                "enpresa berri batentzat, hileko 150 €-an, gastu guztiak barne."
            ),
        },
        "es": {
            "title": (
                "Dos puestos de trabajo y sala de reuniones para una empresa nueva en el centro "
                "de Vitoria-Gasteiz"
            ),
            "slug": "dos-puestos-de-trabajo-para-una-empresa-nueva",
            "summary": (
                "En nuestra oficina nos sobra espacio. Ofrecemos dos puestos con un alquiler "
                "reducido, durante un año como máximo, a una empresa creada hace poco a través de "
                "Urratsbat."
            ),
            "description": (
                "<p>El primer año trabajamos desde la oficina de Urratsbat en Egibide, y sabemos "
                "lo que ayuda tener un buen sitio para empezar. Ahora que nos hemos mudado a una "
                "oficina más grande, queremos <strong>devolver el favor</strong> a una empresa "
                "que esté dando sus primeros pasos.</p>"
                "<ul>"
                "<li>Dos puestos amueblados en un espacio diáfano compartido de 180 m², a cinco "
                "minutos a pie del tranvía.</li>"
                "<li>Uso de la sala de reuniones y de la cocina, con fibra óptica e impresora "
                "incluidas.</li>"
                "<li>Acceso los días laborables de 7:00 a 21:00, con vuestra propia "
                "tarjeta.</li></ul>"
                "<p>Nos interesan especialmente empresas de energía, construcción o servicios "
                "digitales, porque puede haber opciones de colaborar. Cuéntanos brevemente "
                "vuestro proyecto y cuándo os gustaría instalaros.</p>"
            ),
            "terms": (
                "150 €/mes por puesto, con todos los gastos incluidos; mínimo tres meses y máximo "
                "un año"
            ),
            "search_description": (
                "Argiz Energia, Vitoria-Gasteiz: dos puestos y sala de reuniones para una empresa "
                "nueva de Urratsbat, por 150 € al mes con gastos incluidos."
            ),
        },
        "en": {
            "title": "Two desks and a meeting room for a new company in central Vitoria-Gasteiz",
            "slug": "two-desks-and-a-meeting-room-for-a-new-company",
            "summary": (
                "We have room to spare in our office and are offering two desks at a reduced "
                "rent, for up to a year, to a company recently set up through Urratsbat."
            ),
            "description": (
                "<p>In our first year we worked from the Urratsbat office at Egibide, and we know "
                "how much a good place to start helps. Now that we have moved to a bigger office, "
                "we want to <strong>pass the favour on</strong> to a company that is just getting "
                "going.</p>"
                "<ul>"
                "<li>Two furnished desks in a shared 180 m² open-plan space, a five-minute walk "
                "from the tram.</li>"
                "<li>Use of the meeting room and kitchen, with fibre broadband and printing "
                "included.</li>"
                "<li>Access on weekdays from 7 a.m. to 9 p.m., with your own key card.</li></ul>"
                "<p>We would especially like to hear from companies in energy, construction or "
                "digital services, as there may be room to work together. Tell us briefly about "
                "your project and when you would like to move in.</p>"
            ),
            "terms": (
                "€150/month per desk, all costs included; minimum three months, maximum one year"
            ),
            "search_description": (
                "Argiz Energia, Vitoria-Gasteiz: two desks and a meeting room for a new Urratsbat "
                "company, at €150 a month with all costs included."
            ),
        },
    },
    {
        "key": "jostura-sewing-workshop",
        "kind": "request",
        "category": "facilities-equipment",
        "company": "jostura-upcycling",
        "territory": "bizkaia",
        "location": "Portugalete",
        "starts": -16,
        "ends": 50,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Josteko makina industrialak dituen tailer bat bilatzen dugu, astean bi egunez "
                "erabiltzeko"
            ),
            "slug": "josteko-makina-industrialak-dituen-tailer-bat",
            "summary": (
                "Eskaerak Portugaleteko gure tailer txikia baino azkarrago hazten ari dira. Lonak "
                "eta oihal lodiak josteko makina industrialak erabili behar ditugu."
            ),
            "description": (
                "<p>Publizitate-lonak eta lan-jantziak material gogorrak dira, eta gure makinek, "
                "etxerako makinak direnez, nekez josten dituzte. Makineria berria oraintxe erosi "
                "beharrean, nahiago genuke <strong>lehendik dagoen tailer batean orduak "
                "alokatu</strong>.</p>"
                "<ul>"
                "<li>Gutxienez lan astunetarako bi josteko makina industrial eta gainjosteko "
                "makina industrial bat.</li>"
                "<li>Ebaketa-mahai handi bat, eta materiala astean zehar gordetzeko lekua.</li>"
                "<li>Astean bi egun finko, hiru laguneko talde batentzat.</li></ul>"
                "<p>Ehungintza- edo tapizeria-tailerra duen Lanbide Heziketako ikastetxe bat, "
                "jostundegi bat edo ahalmena soberan duen tapizatzaile bat egokiak izan litezke. "
                "Ezkerraldean edo Bilbon nahiago genuke, garraio publikoz iristeko moduko "
                "tokian.</p>"
            ),
            "terms": (
                "Gehienez 400 € hilean; produktuekin edo prestakuntzarekin ere ordain dezakegu"
            ),
            "search_description": (
                "Jostura Upcycling, Portugalete: josteko makina industrialak dituen tailer bat "
                "bilatzen du astean bi egunez, Ezkerraldean edo Bilbon."
            ),
        },
        "es": {
            "title": "Buscamos un taller con máquinas de coser industriales dos días a la semana",
            "slug": "taller-con-maquinas-de-coser-industriales",
            "summary": (
                "Los pedidos crecen más rápido que nuestro pequeño taller de Portugalete. "
                "Necesitamos acceso a máquinas de coser industriales para trabajar con lonas y "
                "tejidos gruesos."
            ),
            "description": (
                "<p>Las lonas publicitarias y la ropa laboral son materiales duros, y nuestras "
                "máquinas, que son domésticas, apenas pueden con ellos. En lugar de comprar "
                "maquinaria nueva ahora mismo, preferimos <strong>alquilar horas en un taller que "
                "ya exista</strong>.</p>"
                "<ul>"
                "<li>Al menos dos máquinas de coser industriales de uso intensivo y una "
                "remalladora industrial.</li>"
                "<li>Una mesa de corte grande y espacio para guardar el material durante la "
                "semana.</li>"
                "<li>Dos días fijos a la semana, para un equipo de tres personas.</li></ul>"
                "<p>Podría encajar un centro de FP con taller de textil o de tapicería, una "
                "sastrería o un taller de tapizado con capacidad libre. Preferimos la Margen "
                "Izquierda o Bilbao, en un lugar bien comunicado en transporte público.</p>"
            ),
            "terms": (
                "Presupuesto de hasta 400 €/mes; también podemos pagar en especie, con productos "
                "o formación"
            ),
            "search_description": (
                "Jostura Upcycling, Portugalete, busca un taller con máquinas de coser "
                "industriales dos días a la semana, en la Margen Izquierda o Bilbao."
            ),
        },
        "en": {
            "title": "Looking for a workshop with industrial sewing machines two days a week",
            "slug": "workshop-with-industrial-sewing-machines-wanted",
            "summary": (
                "Orders are growing faster than our small workshop in Portugalete can handle. We "
                "need access to industrial sewing machines for tarpaulins and heavy fabrics."
            ),
            "description": (
                "<p>Advertising tarpaulins and workwear are tough materials, and our machines, "
                "being domestic ones, struggle with them. Rather than buying new machinery "
                "straight away, we would prefer to <strong>rent hours in an existing "
                "workshop</strong>.</p>"
                "<ul>"
                "<li>At least two heavy-duty industrial sewing machines and an industrial "
                "overlocker.</li>"
                "<li>A large cutting table and space to store materials during the week.</li>"
                "<li>Two fixed days a week, for a team of three.</li></ul>"
                "<p>A VET centre with a textile or upholstery workshop, a tailor's or an "
                "upholsterer with spare capacity could all be a good fit. We would prefer the "
                "Left Bank or Bilbao, somewhere easy to reach by public transport.</p>"
            ),
            "terms": "Budget up to €400/month; we can also pay in kind, with products or training",
            "search_description": (
                "Jostura Upcycling, Portugalete, is looking for a workshop with industrial sewing "
                "machines two days a week, on the Left Bank or in Bilbao."
            ),
        },
    },
    {
        "key": "lurgarbi-weeding-robot-hire",
        "kind": "offer",
        "category": "facilities-equipment",
        "company": "lurgarbi-robotics",
        "territory": "gipuzkoa",
        "location": "Usurbil",
        "starts": -50,
        "ends": 30,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Jorratzeko robota hilabeteka alokagai, baratze ekologikoetarako",
            "slug": "jorratzeko-robota-hilabeteka-alokagai",
            "summary": (
                "Gure jorratze-robot elektrikoaren bi unitate libre ditugu datozen "
                "hilabeteetarako. Ilaretan zehar bere kabuz dabil, eta belar txarrak mekanikoki "
                "kentzen ditu, herbizidarik gabe."
            ),
            "description": (
                "<p>Gure robota laborantza-ilaretan zehar ibiltzen da, ikusmen artifizialaren "
                "bidez barazkiak eta belar txarrak bereizten ditu, eta belar txarrak mekanikoki "
                "ateratzen ditu. Unitate batek <strong>egunean hektarea bat inguru</strong> "
                "lantzen du, eta hamar orduz dabil karga bakoitzarekin.</p>"
                "<ul>"
                "<li>Letxuga, porru, tipula, erremolatxa eta ilaran landatzen diren beste "
                "laborantza batzuetarako egokia, 1 eta 1,6 metro arteko zabalerako "
                "lursail-zerrendetan.</li>"
                "<li>Garraioa, zure lursailean martxan jartzea eta egun erdiko prestakuntza-saioa "
                "barne.</li>"
                "<li>Urruneko jarraipena mugikorreko aplikazio batetik, eta laguntza bertan, 24 "
                "orduko epean, Gipuzkoan.</li></ul>"
                "<p>Lehen prototipoa Usurbil LHIIko tailerrean egin genuen, eta hiru "
                "denboralditan probatu dugu nekazaritza ekologikoko ustiategietan. Hilabeteka "
                "alokatzen dugu; beraz, jorratzeak ordu gehien eskatzen dituen sasoietan erabil "
                "dezakezu.</p>"
            ),
            "terms": (
                "1.100 € hilean robot bakoitzeko, garraioa eta asegurua barne; gutxienez bi "
                "hilabete"
            ),
            "search_description": (
                "Lurgarbi Robotics, Usurbil: jorratze-robot elektrikoa hilabeteka alokatzeko, "
                "baratze ekologikoetarako. Herbizidarik gabe, hektarea bat egunean."
            ),
        },
        "es": {
            "title": "Robot de escarda en alquiler mensual para huertas ecológicas",
            "slug": "robot-de-escarda-en-alquiler-mensual",
            "summary": (
                "Tenemos libres dos unidades de nuestro robot eléctrico de escarda para los "
                "próximos meses. Recorre las líneas de cultivo de forma autónoma y arranca las "
                "malas hierbas sin herbicidas."
            ),
            "description": (
                "<p>Nuestro robot recorre las líneas de cultivo, distingue las hortalizas de las "
                "malas hierbas mediante visión artificial y arranca estas últimas de forma "
                "mecánica. Una unidad trabaja <strong>cerca de una hectárea al día</strong> y "
                "funciona diez horas con cada carga.</p>"
                "<ul>"
                "<li>Apto para lechuga, puerro, cebolla, remolacha y otros cultivos en línea, en "
                "bancales de 1 a 1,6 metros de ancho.</li>"
                "<li>Transporte, puesta en marcha en tu parcela y media jornada de formación "
                "incluidos.</li>"
                "<li>Seguimiento remoto desde una aplicación móvil y asistencia presencial en 24 "
                "horas en Gipuzkoa.</li></ul>"
                "<p>Construimos el primer prototipo en el taller de Usurbil LHII y lo hemos "
                "probado durante tres temporadas en explotaciones ecológicas. El alquiler es "
                "mensual, así que puedes usarlo en las épocas del año en que la escarda exige más "
                "horas.</p>"
            ),
            "terms": "1.100 €/mes por robot, transporte y seguro incluidos; mínimo dos meses",
            "search_description": (
                "Lurgarbi Robotics, Usurbil: alquiler mensual de robot eléctrico de escarda para "
                "huertas ecológicas. Sin herbicidas, cerca de una hectárea al día."
            ),
        },
        "en": {
            "title": "Weeding robot for monthly hire for organic vegetable growers",
            "slug": "weeding-robot-for-monthly-hire",
            "summary": (
                "Two units of our electric weeding robot are free for the coming months. It works "
                "along the rows on its own and removes weeds mechanically, with no herbicides."
            ),
            "description": (
                "<p>Our robot drives along the crop rows, uses machine vision to tell vegetables "
                "from weeds and pulls the weeds out mechanically. A single unit covers "
                "<strong>around one hectare a day</strong> and runs for ten hours on a charge.</p>"
                "<ul>"
                "<li>Suitable for lettuce, leeks, onions, beetroot and other row crops, on beds 1 "
                "to 1.6 metres wide.</li>"
                "<li>Delivery, set-up on your plot and a half-day training session included.</li>"
                "<li>Remote monitoring from a mobile app, and on-site support within 24 hours "
                "anywhere in Gipuzkoa.</li></ul>"
                "<p>We built the first prototype in the workshop at Usurbil LHII and have tested "
                "it for three seasons on organic farms. Hire is by the month, so you can use it "
                "at the times of year when weeding takes up the most hours.</p>"
            ),
            "terms": "€1,100/month per robot, delivery and insurance included; minimum two months",
            "search_description": (
                "Lurgarbi Robotics, Usurbil: electric weeding robot for monthly hire on organic "
                "vegetable farms. No herbicides, around one hectare a day."
            ),
        },
    },
    {
        "key": "egurra-carpentry-intern",
        "kind": "request",
        "category": "talent-internships",
        "company": "egurra-design",
        "territory": "bizkaia",
        "location": "Barakaldo",
        "starts": -20,
        "ends": 4,
        "contact_email": "praktikak@egurra.example",
        "image": None,
        "eu": {
            "title": "Zurgintzako ikasle bat bilatzen dugu praktiketarako, Barakaldoko tailerrean",
            "slug": "zurgintzako-ikasle-bat-bilatzen-dugu-praktiketarako",
            "summary": (
                "Hiru hilabeteko praktikak eskaintzen dizkiogu zurgintza eta altzarigintzako "
                "ziklo bateko ikasle bati, bertako egurrez egindako neurrirako altzarietan lan "
                "egiteko."
            ),
            "description": (
                "<p>Urtero hartzen ditugu zurgintzako ikasleak praktiketan, gu ere horrela hasi "
                "ginelako. Oraingoan <strong>ikasle bat hiru hilabeterako</strong> bilatzen dugu, "
                "Barakaldoko tailerreko zazpi laguneko taldearekin lan egiteko, datorren "
                "hilabetetik aurrera.</p>"
                "<ul>"
                "<li>Benetako proiektuetan hartuko duzu parte: sukaldeak, denden altzariak eta "
                "bulego-altzariak, pinuzkoak, haritzezkoak eta gaztainondozkoak.</li>"
                "<li>CNC fresagailua erabiltzen, piezak olio eta argizari naturalekin akabatzen "
                "eta obran muntatzen ikasiko duzu.</li>"
                "<li>Gure taldeko tutore batek egunero egingo dizu jarraipena, eta zure "
                "ikastetxearekin harremanetan egongo da.</li></ul>"
                "<p>Praktikak lantokiko prestakuntza gisa edo prestakuntza dualeko programa baten "
                "barruan egin daitezke. Esperientzia baino gehiago, arreta eta jakin-mina "
                "baloratzen ditugu. Konta iezaguzu zerbait zeure buruaz, eta bidali egin duzun "
                "zerbaiten argazkiak.</p>"
            ),
            "terms": (
                "400 €-ko hileko beka eta garraio-gastuak; astelehenetik ostiralera, 8:00etatik "
                "15:00etara"
            ),
            "search_description": (
                "Egurra Design, Barakaldo: zurgintzako ikasle bat bilatzen du hiru hilabeteko "
                "praktiketarako, neurrirako altzarietan eta bertako egurrarekin."
            ),
        },
        "es": {
            "title": (
                "Buscamos alumnado de carpintería en prácticas para nuestro taller de Barakaldo"
            ),
            "slug": "alumnado-de-carpinteria-en-practicas-en-barakaldo",
            "summary": (
                "Ofrecemos tres meses de prácticas a un alumno o alumna de un ciclo de "
                "carpintería y mueble, para trabajar en mobiliario a medida con madera local."
            ),
            "description": (
                "<p>Cada año acogemos alumnado de carpintería en prácticas, porque nosotros "
                "empezamos igual. Esta vez buscamos <strong>una persona durante tres "
                "meses</strong> que se sume al equipo de siete personas de nuestro taller de "
                "Barakaldo a partir del próximo mes.</p>"
                "<ul>"
                "<li>Participarás en proyectos reales: cocinas, mobiliario para comercios y "
                "muebles de oficina en pino, roble y castaño.</li>"
                "<li>Aprenderás a trabajar con el router CNC, a acabar las piezas con aceites y "
                "ceras naturales y a montarlas en obra.</li>"
                "<li>Una persona tutora de nuestro equipo te acompañará a diario y estará en "
                "contacto con tu centro.</li></ul>"
                "<p>Las prácticas pueden formar parte del módulo de formación en centros de "
                "trabajo (FCT) o de un programa de formación dual. Valoramos más el cuidado y la "
                "curiosidad que la experiencia. Cuéntanos algo sobre ti y mándanos fotos de algo "
                "que hayas hecho.</p>"
            ),
            "terms": (
                "Beca de 400 € al mes más gastos de transporte; de lunes a viernes, de 8:00 a 15:00"
            ),
            "search_description": (
                "Egurra Design, Barakaldo, busca alumnado de carpintería para tres meses de "
                "prácticas en mobiliario a medida con madera local."
            ),
        },
        "en": {
            "title": "Carpentry intern wanted for our Barakaldo workshop, starting next month",
            "slug": "carpentry-intern-wanted-for-our-barakaldo-workshop",
            "summary": (
                "We are offering a three-month placement to a student on a carpentry and "
                "furniture programme, working on made-to-measure furniture in local timber."
            ),
            "description": (
                "<p>Every year we take on woodwork students as interns, because that is how we "
                "started too. This time we are looking for <strong>one intern for three "
                "months</strong> to join the team of seven at our Barakaldo workshop from next "
                "month.</p>"
                "<ul>"
                "<li>You will work on real projects: kitchens, shop fittings and office furniture "
                "in pine, oak and chestnut.</li>"
                "<li>You will learn to use the CNC router, finish pieces with natural oils and "
                "waxes, and install them on site.</li>"
                "<li>A tutor from our team will support you every day and stay in touch with your "
                "school.</li></ul>"
                "<p>The placement can count as your workplace training module or be part of a "
                "dual training programme. We value care and curiosity more than experience. Tell "
                "us a little about yourself and send us photos of something you have made.</p>"
            ),
            "terms": "€400/month grant plus travel expenses; Monday to Friday, 8 a.m. to 3 p.m.",
            "search_description": (
                "Egurra Design, Barakaldo, is looking for a carpentry student for a three-month "
                "placement making made-to-measure furniture in local timber."
            ),
        },
    },
    {
        "key": "belatz-solar-thermal-survey",
        "kind": "offer",
        "category": "services",
        "company": "belatz-inspekzioak",
        "territory": "araba",
        "location": "Vitoria-Gasteiz",
        "starts": -25,
        "ends": 5,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Teilatuetako eguzki-instalazioen ikuskapen termografikoa dronez, kanpainako "
                "prezioan"
            ),
            "slug": "eguzki-instalazioen-ikuskapen-termografikoa-dronez",
            "summary": (
                "Zure teilatuko eguzki-instalazioa kamera termografikoa duen drone batekin "
                "ikuskatzen dugu, eta modulu akastunak, puntu beroak eta zikinkeria detektatzen "
                "ditugu, ekoizpena jaitsi aurretik."
            ),
            "description": (
                "<p>Modulu akastun bakar batek edo kate kaltetu batek eguzki-instalazio baten "
                "ekoizpena ehuneko batzuk jaits dezake, inor konturatu gabe. Industria- eta "
                "merkataritza-teilatuak ikuskatzen ditugu, <strong>bi ordu baino gutxiagoan 1 "
                "MW-rainoko instalazioetan</strong>, aldamiorik gabe eta instalazioa gelditu "
                "gabe.</p>"
                "<ul>"
                "<li>Irudi termografiko erradiometrikoak, IEC TS 62446-3 arauaren arabera.</li>"
                "<li>Anomalia guztien mapa georreferentziatua, bakoitzaren larritasunarekin.</li>"
                "<li>Gomendatutako ekintzak jasotzen dituen txostena, bost laneguneko "
                "epean.</li></ul>"
                "<p>Kanpainako prezioa iragarki hau irekita dagoen bitartean erreserbatutako "
                "ikuskapenei aplikatzen zaie; gero, eguzki nahikoa dagoen egunetarako "
                "programatzen ditugu hegaldiak. Araba osoan eta inguruko eskualdeetan egiten dugu "
                "lan.</p>"
            ),
            "terms": (
                "390 € + BEZ 500 kW-rainoko instalazioetan (normalean 520 €); hortik gora, 0,60 "
                "€/kW"
            ),
            "search_description": (
                "Belatz Inspekzioak, Gasteiz: teilatuetako eguzki-instalazioen ikuskapen "
                "termografikoa dronez, kanpainako prezioan. Txostena bost lanegunetan."
            ),
        },
        "es": {
            "title": (
                "Inspección termográfica con dron de plantas solares en cubierta, a precio de "
                "campaña"
            ),
            "slug": "inspeccion-termografica-con-dron-de-plantas-solares",
            "summary": (
                "Sobrevolamos tu instalación solar en cubierta con cámara térmica y detectamos "
                "módulos defectuosos, puntos calientes y suciedad antes de que reduzcan la "
                "producción."
            ),
            "description": (
                "<p>Un solo módulo defectuoso o un string dañado puede restar varios puntos a la "
                "producción de una planta solar sin que nadie lo note. Inspeccionamos cubiertas "
                "industriales y comerciales en <strong>menos de dos horas hasta 1 MW</strong>, "
                "sin andamios y sin parar la instalación.</p>"
                "<ul>"
                "<li>Termografía radiométrica conforme a la IEC TS 62446-3.</li>"
                "<li>Mapa georreferenciado de todas las anomalías, con la gravedad de cada "
                "una.</li>"
                "<li>Informe con las acciones recomendadas, en cinco días laborables.</li></ul>"
                "<p>El precio de campaña se aplica a las inspecciones reservadas mientras este "
                "anuncio esté abierto; después programamos los vuelos en días con sol suficiente. "
                "Trabajamos en toda Araba y en las comarcas limítrofes.</p>"
            ),
            "terms": (
                "390 € + IVA en instalaciones de hasta 500 kW (habitualmente 520 €); a partir de "
                "ahí, 0,60 €/kW"
            ),
            "search_description": (
                "Belatz Inspekzioak, Vitoria-Gasteiz: inspección termográfica con dron de plantas "
                "solares en cubierta a precio de campaña. Informe en cinco días."
            ),
        },
        "en": {
            "title": "Thermal drone inspection of rooftop solar plants at a campaign price",
            "slug": "thermal-drone-inspection-of-rooftop-solar-plants",
            "summary": (
                "We fly over your rooftop solar installation with a thermal camera and pinpoint "
                "faulty modules, hot spots and soiling before they eat into your output."
            ),
            "description": (
                "<p>A single faulty module or a damaged string can knock several percent off a "
                "solar plant's output without anyone noticing. We inspect industrial and "
                "commercial rooftops <strong>in under two hours for plants up to 1 MW</strong>, "
                "with no scaffolding and no need to shut anything down.</p>"
                "<ul>"
                "<li>Radiometric thermal imaging in line with IEC TS 62446-3.</li>"
                "<li>A georeferenced map of every anomaly, with its severity.</li>"
                "<li>A report with recommended actions, delivered within five working "
                "days.</li></ul>"
                "<p>The campaign price applies to inspections booked while this listing is open; "
                "we then schedule the flights for days with enough sunshine. We work throughout "
                "Araba and the neighbouring districts.</p>"
            ),
            "terms": (
                "€390 + VAT for installations up to 500 kW (normally €520); €0.60/kW above that"
            ),
            "search_description": (
                "Belatz Inspekzioak, Vitoria-Gasteiz: thermal drone inspection of rooftop solar "
                "plants at a campaign price, with a report within five working days."
            ),
        },
    },
    {
        "key": "basalde-canning-line",
        "kind": "offer",
        "category": "facilities-equipment",
        "company": "basalde-brewing",
        "territory": "gipuzkoa",
        "location": "Usurbil",
        "starts": -40,
        "ends": 60,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Latak betetzeko lerroa eta ekoizpen-txandak, sagardogile eta garagardogile "
                "txikientzat"
            ),
            "slug": "latak-betetzeko-lerroa-eta-ekoizpen-txandak",
            "summary": (
                "Gure latak betetzeko lerroa geldirik dago astean hiru egunez. Beste ekoizle "
                "txiki batzuek erabil dezakete, gure taldearekin, garagardoa, sagardoa edo "
                "kombucha lateratzeko, 1.000 latatik aurrera."
            ),
            "description": (
                "<p>Iaz lata-lerro erdiautomatiko batean inbertitu genuen: <strong>orduko 1.200 "
                "lata arte</strong> betetzen, ixten eta etiketatzen ditu. Astean bi egunez baino "
                "ez dugu behar, eta, beraz, Gipuzkoako beste ekoizle artisau batzuen esku jarri "
                "nahi dugu.</p>"
                "<ul>"
                "<li>33 cl-ko eta 44 cl-ko latak, kontrapresiozko betetzearekin eta oxigeno "
                "disolbatu gutxirekin.</li>"
                "<li>Gure taldeko operadore bat barne; zuk produktua karbonatatuta ekarri behar "
                "duzu, eta latak eta estalkiak kostu-prezioan eman diezazkizukegu.</li>"
                "<li>1.000 litroko gure egosketa-gela alokatzeko aukera, elkarlanean egindako "
                "garagardoetarako.</li></ul>"
                "<p>Garagardotegiak osasun-erregistroa du; beraz, hemen lateratzen duzuna "
                "merkatura dezakezu. Usurbilen gaude, autobidetik bost minutura, eta kamioiak "
                "kargatzeko lekua dugu.</p>"
            ),
            "terms": (
                "0,18 € lata bakoitzeko (gutxienez 1.000 lata); egosketa-gela: 350 € egosketa "
                "bakoitzeko"
            ),
            "search_description": (
                "Basalde Brewing, Usurbil: latak betetzeko lerroa eta egosketa-gela alokagai, "
                "garagardoa, sagardoa edo kombucha ekoizten duten enpresa txikientzat."
            ),
        },
        "es": {
            "title": "Línea de enlatado y turnos de cocción para pequeñas sidrerías y cerveceras",
            "slug": "linea-de-enlatado-y-turnos-de-coccion",
            "summary": (
                "Nuestra línea de enlatado está parada tres días a la semana. Otros pequeños "
                "productores pueden usarla, con nuestro equipo, para enlatar cerveza, sidra o "
                "kombucha a partir de 1.000 latas."
            ),
            "description": (
                "<p>El año pasado invertimos en una línea de enlatado semiautomática que llena, "
                "cierra y etiqueta <strong>hasta 1.200 latas por hora</strong>. Solo la "
                "necesitamos dos días a la semana, así que queremos ponerla a disposición de "
                "otros productores artesanos de Gipuzkoa.</p>"
                "<ul>"
                "<li>Latas de 33 y 44 cl, con llenado a contrapresión y bajo oxígeno "
                "disuelto.</li>"
                "<li>Operario de nuestro equipo incluido; tú traes el producto ya carbonatado, y "
                "podemos suministrarte latas y tapas a precio de coste.</li>"
                "<li>Posibilidad de alquilar nuestra sala de cocción de 1.000 litros para "
                "elaboraciones colaborativas.</li></ul>"
                "<p>La cervecera cuenta con registro sanitario, así que puedes comercializar lo "
                "que enlates aquí. Estamos en Usurbil, a cinco minutos de la autopista, y tenemos "
                "espacio para que carguen camiones.</p>"
            ),
            "terms": (
                "0,18 € por lata llenada (mínimo 1.000 latas); sala de cocción: 350 € por cocción"
            ),
            "search_description": (
                "Basalde Brewing, Usurbil: alquiler de línea de enlatado y sala de cocción para "
                "pequeños productores de cerveza, sidra o kombucha."
            ),
        },
        "en": {
            "title": "Canning line and brewhouse time for small cider makers and brewers",
            "slug": "canning-line-and-brewhouse-time-for-small-producers",
            "summary": (
                "Our canning line sits idle three days a week. Other small producers can use it, "
                "with our team, to can beer, cider or kombucha in runs from 1,000 cans."
            ),
            "description": (
                "<p>Last year we invested in a semi-automatic canning line that fills, seams and "
                "labels <strong>up to 1,200 cans an hour</strong>. We only need it two days a "
                "week, so we want to open it up to other craft producers in Gipuzkoa.</p>"
                "<ul>"
                "<li>33 cl and 44 cl cans, with counter-pressure filling and low dissolved "
                "oxygen.</li>"
                "<li>An operator from our team is included; you bring the product already "
                "carbonated, and we can supply cans and lids at cost.</li>"
                "<li>Option to hire our 1,000-litre brewhouse for collaboration brews.</li></ul>"
                "<p>The brewery is registered with the food safety authorities, so you can sell "
                "whatever you can here. We are in Usurbil, five minutes from the motorway, with "
                "room for lorries to load.</p>"
            ),
            "terms": "€0.18 per can filled (minimum 1,000 cans); brewhouse €350 per brew",
            "search_description": (
                "Basalde Brewing, Usurbil: canning line and brewhouse for hire by small producers "
                "of beer, cider or kombucha, in runs from 1,000 cans."
            ),
        },
    },
    {
        "key": "jostura-banner-tote-bags",
        "kind": "offer",
        "category": "products",
        "company": "jostura-upcycling",
        "territory": "bizkaia",
        "location": "Portugalete",
        "starts": -8,
        "ends": 80,
        "contact_email": "",
        "image": {"colour": "#b5179e", "motif": "waves"},
        "eu": {
            "title": "Pankarta eta lan-jantzi zaharrak zure enpresaren poltsa bihurtzen ditugu",
            "slug": "pankarta-eta-lan-jantzi-zaharrak-poltsa-bihurtzen",
            "summary": (
                "Bidali iezazkiguzu erabiltzen ez dituzun pankartak, oihalak edo uniformeak, eta "
                "poltsa, motxila edo ordenagailu-zorro bihurtuko ditugu zure langile edo "
                "bezeroentzat. Gutxienez 50 unitate."
            ),
            "description": (
                "<p>Ekitaldietako pankartak eta uniforme zaharrak zakarrontzira joaten dira "
                "gehienetan. Guk <strong>bigarren bizitza</strong> ematen diegu, eta zure "
                "enpresaren istorioa kontatzen duten produktu bakar bihurtzen ditugu: ez dago bi "
                "poltsa berdinik.</p>"
                "<ul>"
                "<li>Poltsak, motxilak, arkatz-zorroak eta ordenagailu-zorroak, logotipo "
                "serigrafiatuarekin, nahi izanez gero.</li>"
                "<li>Diseinu-proposamena eta prototipoa, materiala jaso eta hamar laneguneko "
                "epean.</li>"
                "<li>Produktu bakoitzak etiketa bat darama, zenbat kilo ehun-hondakin "
                "berreskuratu diren adierazten duena.</li></ul>"
                "<p>Portugaleteko josle-talde batek egiten ditu josketa-lanak, eta eskaeraren "
                "zati bat gu hasi ginen Lanbide Heziketako ikastetxean egin daiteke. Lau eta sei "
                "aste artean entregatzen dugu, bolumenaren arabera.</p>"
            ),
            "terms": (
                "Poltsak 14 €-tik aurrera unitateko eta motxilak 32 €-tik aurrera; gutxienez 50 "
                "unitate"
            ),
            "image_alt": "Ilustrazio abstraktua: uhin magenta leunak",
            "search_description": (
                "Jostura Upcycling, Portugalete: zure pankarta, lona eta lan-jantzi zaharrekin "
                "egindako poltsak eta motxilak, merchandising jasangarri gisa."
            ),
        },
        "es": {
            "title": "Convertimos tus pancartas y tu ropa de trabajo usada en bolsas con tu marca",
            "slug": "convertimos-tus-pancartas-en-bolsas-con-tu-marca",
            "summary": (
                "Envíanos las pancartas, lonas o uniformes que ya no usas y los convertiremos en "
                "bolsas, mochilas o fundas de portátil para tu plantilla o tu clientela. Mínimo "
                "50 unidades."
            ),
            "description": (
                "<p>Las pancartas de eventos y los uniformes viejos suelen acabar en la basura. "
                "Nosotros les damos <strong>una segunda vida</strong> y los convertimos en "
                "productos únicos que cuentan la historia de tu empresa: no hay dos bolsas "
                "iguales.</p>"
                "<ul>"
                "<li>Bolsas, mochilas, estuches y fundas de portátil, con logotipo serigrafiado "
                "si lo deseas.</li>"
                "<li>Propuesta de diseño y prototipo en diez días laborables desde la recepción "
                "del material.</li>"
                "<li>Cada producto lleva una etiqueta que indica cuántos kilos de residuo textil "
                "se han recuperado.</li></ul>"
                "<p>La confección corre a cargo de un grupo de costureras de Portugalete, y parte "
                "del pedido se puede hacer en el centro de FP donde empezamos. El plazo de "
                "entrega es de cuatro a seis semanas, según el volumen.</p>"
            ),
            "terms": "Bolsas desde 14 €/unidad y mochilas desde 32 €/unidad; mínimo 50 unidades",
            "image_alt": "Ilustración abstracta: ondas suaves de color magenta",
            "search_description": (
                "Jostura Upcycling, Portugalete: bolsas y mochilas hechas con tus pancartas, "
                "lonas y ropa de trabajo usadas, como merchandising sostenible."
            ),
        },
        "en": {
            "title": "Turn your old banners and workwear into branded tote bags",
            "slug": "turn-your-old-banners-into-branded-tote-bags",
            "summary": (
                "Send us the banners, tarpaulins or uniforms you no longer use and we will turn "
                "them into tote bags, backpacks or laptop sleeves for your staff or customers. "
                "Minimum 50 units."
            ),
            "description": (
                "<p>Event banners and old uniforms usually end up in the bin. We give them "
                "<strong>a second life</strong> as one-of-a-kind products that tell your "
                "company's story: no two bags are the same.</p>"
                "<ul>"
                "<li>Tote bags, backpacks, pencil cases and laptop sleeves, with a screen-printed "
                "logo if you wish.</li>"
                "<li>Design proposal and prototype within ten working days of receiving the "
                "material.</li>"
                "<li>Each product carries a label showing how many kilos of textile waste were "
                "saved.</li></ul>"
                "<p>The sewing is done by a group of dressmakers in Portugalete, and part of the "
                "order can be made at the VET centre where we started out. Delivery takes four to "
                "six weeks, depending on volume.</p>"
            ),
            "terms": "Tote bags from €14/unit, backpacks from €32/unit; minimum 50 units",
            "image_alt": "Abstract illustration: soft magenta waves",
            "search_description": (
                "Jostura Upcycling, Portugalete: tote bags and backpacks made from your old "
                "banners, tarpaulins and workwear, as sustainable branded merchandise."
            ),
        },
    },
    {
        "key": "uhina-podcast-pack",
        "kind": "offer",
        "category": "services",
        "company": "uhina-audio",
        "territory": "other",
        "location": "Hendaia",
        "starts": -14,
        "ends": 65,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Podcast-sorta erakundeentzat: sei atal euskaraz, frantsesez edo gaztelaniaz",
            "slug": "podcast-sorta-erakundeentzat-sei-atal",
            "summary": (
                "Sei ataleko podcast bat ekoizten dugu zure erakundearentzat, gidoitik "
                "argitalpenera, hizkuntza batean edo gehiagotan; Hendaiako gure estudioan edo "
                "zuen egoitzan grabatzen dugu."
            ),
            "description": (
                "<p>Podcasta tresna ona da proiektu bat, ofizio bat edo lurralde bat benetako "
                "ahotsekin azaltzeko. <strong>Prozesu osoaz</strong> arduratzen gara, eta zuen "
                "taldeak hitz egin besterik ez du egin beharko.</p>"
                "<ul>"
                "<li>Plangintza-saioa eta sei atalen gidoiak, 15 eta 25 minutu artekoak.</li>"
                "<li>Grabazioa Hendaiako gure estudioan edo, ekipo eramangarriarekin, zuen "
                "egoitzan, Euskal Herriko edozein tokitan.</li>"
                "<li>Edizioa, musika, soinu-diseinua eta transkripzioak.</li>"
                "<li>Argitalpena plataforma nagusietan, azalarekin eta atal bakoitzaren "
                "oharrekin.</li></ul>"
                "<p>Euskaraz, frantsesez eta gaztelaniaz egiten dugu lan, eta atal elebidunak ere "
                "ekoitz ditzakegu. Pakete hau mugaz gaindiko proiektuentzat, museoentzat, "
                "kooperatibentzat eta beren istorioa kontatu nahi duten Lanbide Heziketako "
                "ikastetxeentzat pentsatu dugu.</p>"
            ),
            "terms": (
                "3.200 € (BEZik gabe) sei atalengatik, hizkuntza bakarrean; +600 € hizkuntza "
                "gehigarri bakoitzeko"
            ),
            "search_description": (
                "Uhina Audio, Hendaia: sei ataleko podcast-sorta erakundeentzat, euskaraz, "
                "frantsesez edo gaztelaniaz, gidoitik argitalpenera."
            ),
        },
        "es": {
            "title": (
                "Pack de pódcast para entidades: seis episodios en euskera, francés o castellano"
            ),
            "slug": "pack-de-podcast-para-entidades-seis-episodios",
            "summary": (
                "Producimos un pódcast de seis episodios para tu organización, del guion a la "
                "publicación, en uno o varios idiomas, grabado en nuestro estudio de Hendaia o en "
                "vuestra sede."
            ),
            "description": (
                "<p>Un pódcast es una buena forma de explicar un proyecto, un oficio o un "
                "territorio con voces reales. Nos encargamos de <strong>todo el proceso</strong>, "
                "y vuestro equipo solo tendrá que hablar.</p>"
                "<ul>"
                "<li>Sesión de planificación y guiones para seis episodios de entre 15 y 25 "
                "minutos.</li>"
                "<li>Grabación en nuestro estudio de Hendaia o, con equipo portátil, en vuestra "
                "sede, en cualquier punto de Euskal Herria.</li>"
                "<li>Edición, música, diseño sonoro y transcripciones.</li>"
                "<li>Publicación en las principales plataformas, con portada y notas de cada "
                "episodio.</li></ul>"
                "<p>Trabajamos en euskera, francés y castellano, y también podemos producir "
                "episodios bilingües. Hemos pensado este pack para proyectos transfronterizos, "
                "museos, cooperativas y centros de FP que quieran contar su historia.</p>"
            ),
            "terms": (
                "3.200 € sin IVA los seis episodios en un idioma; +600 € por cada idioma adicional"
            ),
            "search_description": (
                "Uhina Audio, Hendaia: pack de pódcast de seis episodios para entidades, en "
                "euskera, francés o castellano, del guion a la publicación."
            ),
        },
        "en": {
            "title": "Podcast pack for organisations: six episodes in Basque, French or Spanish",
            "slug": "podcast-pack-for-organisations-six-episodes",
            "summary": (
                "We produce a six-episode podcast for your organisation, from script to "
                "publication, in one language or several, recorded in our Hendaye studio or at "
                "your premises."
            ),
            "description": (
                "<p>A podcast is a great way to explain a project, a trade or a place through "
                "real voices. We look after <strong>the whole process</strong>, so all your team "
                "has to do is talk.</p>"
                "<ul>"
                "<li>A planning session and scripts for six episodes of 15 to 25 minutes "
                "each.</li>"
                "<li>Recording in our Hendaye studio or, with portable equipment, at your "
                "premises anywhere in the Basque Country.</li>"
                "<li>Editing, music, sound design and transcripts.</li>"
                "<li>Publication on the main platforms, with cover art and show notes for each "
                "episode.</li></ul>"
                "<p>We work in Basque, French and Spanish and can also produce bilingual "
                "episodes. The pack is designed for cross-border projects, museums, cooperatives "
                "and VET centres that want to tell their story.</p>"
            ),
            "terms": (
                "€3,200 excl. VAT for six episodes in one language; +€600 per additional language"
            ),
            "search_description": (
                "Uhina Audio, Hendaye: a six-episode podcast pack for organisations, in Basque, "
                "French or Spanish, from script to publication."
            ),
        },
    },
    {
        "key": "kontrola-tkgune-retrofit-partner",
        "kind": "offer",
        "category": "innovation-tkgune",
        "company": "kontrola-automatismoak",
        "territory": "bizkaia",
        "location": "Iurreta",
        "starts": -28,
        "ends": 75,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "TKgune proiektuetarako bazkide teknologikoa: makina zaharren berritzea eta PLCak "
                "Durangaldean"
            ),
            "slug": "tkgune-proiektuetarako-bazkide-teknologikoa",
            "summary": (
                "Lanbide Heziketako ikastetxeen eta ETEen arteko TKgune proiektuetan parte "
                "hartzeko prest gaude, makina zaharrak modernizatu, sarera konektatu edo egungo "
                "segurtasun-arauetara egokitu behar direnean."
            ),
            "description": (
                "<p>TKgunek Lanbide Heziketako ikastetxeak eta ETEak elkartzen ditu, benetako "
                "arazo teknikoak konpontzeko. Azken hiru urteetan horrelako lau proiektutan parte "
                "hartu dugu Iurreta LHIIrekin, eta <strong>gehiagotan aritu</strong> nahi dugu, "
                "beste ikastetxe eta enpresa batzuekin.</p>"
                "<ul>"
                "<li>Makinaren eta haren segurtasun-arriskuen diagnostikoa, ikasle eta "
                "irakasleekin batera.</li>"
                "<li>Koadro elektriko berriaren diseinua, PLCaren eta operadore-panelaren "
                "programazioa, eta mantentze-lanetarako datu-bilketa.</li>"
                "<li>Dokumentazioa eta CE adostasun-espedientea, bai eta ETEko langileentzako "
                "prestakuntza ere.</li></ul>"
                "<p>Prentsak, tolesteko makinak, labeak edo muntaketa-lerroak dituzten "
                "proiektuetan ondo moldatzen gara. Zure enpresak edo ikastetxeak ideiaren bat "
                "badu, konta iezaguzu, eta proposamena elkarrekin prestatuko dugu.</p>"
            ),
            "terms": (
                "Gure parte-hartzea TKgune proiektuaren aurrekontuan sartzen da; lehen "
                "bideragarritasun-bilera doakoa da"
            ),
            "search_description": (
                "Kontrola Automatismoak, Iurreta: bazkide teknologikoa TKgune proiektuetarako, "
                "makina zaharrak berritzeko, PLCak programatzeko eta segurtasuna egokitzeko."
            ),
        },
        "es": {
            "title": (
                "Socio tecnológico para proyectos TKgune: retrofit de máquinas y PLC en Durangaldea"
            ),
            "slug": "socio-tecnologico-para-proyectos-tkgune",
            "summary": (
                "Nos ofrecemos para participar en proyectos TKgune entre centros de FP y pymes "
                "que necesiten modernizar maquinaria antigua, conectarla a la red o adaptarla a "
                "la normativa de seguridad vigente."
            ),
            "description": (
                "<p>TKgune une centros de FP y pymes para resolver problemas técnicos reales. En "
                "los últimos tres años hemos participado en cuatro de estos proyectos con Iurreta "
                "LHII, y queremos <strong>sumarnos a más</strong> con otros centros y "
                "empresas.</p>"
                "<ul>"
                "<li>Diagnóstico de la máquina y de sus riesgos de seguridad, junto con alumnado "
                "y profesorado.</li>"
                "<li>Diseño del nuevo cuadro eléctrico, programación del PLC y del panel de "
                "operador, y captura de datos para el mantenimiento.</li>"
                "<li>Documentación y expediente de conformidad CE, además de formación para el "
                "personal de la pyme.</li></ul>"
                "<p>Encajamos bien en proyectos con prensas, plegadoras, hornos o líneas de "
                "montaje. Si tu empresa o tu centro tiene una idea, cuéntanosla y prepararemos "
                "juntos la propuesta.</p>"
            ),
            "terms": (
                "Participación presupuestada dentro del proyecto TKgune; primera reunión de "
                "viabilidad gratuita"
            ),
            "search_description": (
                "Kontrola Automatismoak, Iurreta: socio tecnológico para proyectos TKgune de "
                "retrofit de maquinaria, programación de PLC y adecuación a seguridad."
            ),
        },
        "en": {
            "title": (
                "Technology partner for TKgune projects: machine retrofits and PLCs in Durangaldea"
            ),
            "slug": "technology-partner-for-tkgune-projects",
            "summary": (
                "We are offering to join TKgune projects between VET centres and SMEs that need "
                "to modernise older machinery, connect it to the network or bring it up to "
                "current safety standards."
            ),
            "description": (
                "<p>TKgune brings VET centres and SMEs together to solve real technical problems. "
                "Over the last three years we have taken part in four of these projects with "
                "Iurreta LHII, and we would like to <strong>join more</strong> with other centres "
                "and companies.</p>"
                "<ul>"
                "<li>Assessment of the machine and its safety risks, together with students and "
                "teachers.</li>"
                "<li>Design of the new control panel, PLC and operator panel programming, and "
                "data capture for maintenance.</li>"
                "<li>Documentation and the CE conformity file, plus training for the SME's "
                "staff.</li></ul>"
                "<p>We are a good fit for projects involving presses, press brakes, ovens or "
                "assembly lines. If your company or centre has an idea, tell us about it and we "
                "will put the proposal together with you.</p>"
            ),
            "terms": (
                "Our work is budgeted within the TKgune project; the first feasibility meeting is "
                "free"
            ),
            "search_description": (
                "Kontrola Automatismoak, Iurreta: technology partner for TKgune projects on "
                "machine retrofits, PLC programming and safety upgrades."
            ),
        },
    },
    {
        "key": "giltza-cyber-check",
        "kind": "offer",
        "category": "services",
        "company": "giltza-ziber",
        "territory": "gipuzkoa",
        "location": "Donostia",
        "starts": -100,
        "ends": -12,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": "Zibersegurtasun-azterketa prezio itxian, 50 langile arteko ETEentzat",
            "slug": "zibersegurtasun-azterketa-prezio-itxian",
            "summary": (
                "Bi egunetan zure sarea, babeskopiak, posta elektronikoa eta pasahitzak aztertzen "
                "ditugu, eta lehentasunen araberako ekintza-plana ematen dizugu, hizkera argian "
                "idatzia."
            ),
            "description": (
                "<p>Enpresa txikien aurkako eraso gehienak eguneratu gabeko bideratzaile batetik, "
                "berrerabilitako pasahitz batetik edo itxura oneko mezu elektroniko batetik "
                "sartzen dira. Gure azterketak horiek guztiak berrikusten ditu <strong>bi "
                "egunetan, zure enpresan bertan</strong>, lana eten gabe.</p>"
                "<ul>"
                "<li>Sarea, wifia, suebakia eta urruneko sarbideak berrikusten ditugu.</li>"
                "<li>Babeskopiak leheneratzeko proba egiten dugu, benetan funtzionatzen dutela "
                "egiaztatzeko.</li>"
                "<li>Phishing-simulazio bat eta ordubeteko saioa langileentzat.</li>"
                "<li>Idatzizko txostena, arriskuen semaforoarekin eta hamar ekintza "
                "premiazkoenekin.</li></ul>"
                "<p>Prezioa itxia da, eta hiru hilabetera egiten dugun jarraipen-bisita ere barne "
                "hartzen du. Gure bezero askok txostena erabiltzen dute ETEentzako "
                "zibersegurtasun-laguntzak eskatzeko.</p>"
            ),
            "terms": "1.450 € + BEZ, prezio itxia; jarraipen-bisita barne",
            "search_description": (
                "Giltza Ziber, Donostia: zibersegurtasun-azterketa prezio itxian 50 langile "
                "arteko ETEentzat: sarea, babeskopiak, phishinga eta ekintza-plana."
            ),
        },
        "es": {
            "title": "Chequeo de ciberseguridad a precio cerrado para pymes de hasta 50 personas",
            "slug": "chequeo-de-ciberseguridad-a-precio-cerrado",
            "summary": (
                "En dos días revisamos tu red, tus copias de seguridad, el correo y las "
                "contraseñas, y te entregamos un plan de acción priorizado y fácil de entender."
            ),
            "description": (
                "<p>La mayoría de los ataques a pequeñas empresas entran por un router sin "
                "actualizar, una contraseña reutilizada o un correo bien disfrazado. Nuestro "
                "chequeo lo revisa todo en <strong>dos días en tus instalaciones</strong>, sin "
                "interrumpir el trabajo.</p>"
                "<ul>"
                "<li>Revisión de la red, la wifi, el cortafuegos y los accesos remotos.</li>"
                "<li>Prueba de restauración de las copias de seguridad, para comprobar que "
                "funcionan de verdad.</li>"
                "<li>Simulación de phishing y charla de una hora para la plantilla.</li>"
                "<li>Informe escrito con un semáforo de riesgos y las diez acciones más "
                "urgentes.</li></ul>"
                "<p>El precio es cerrado e incluye una visita de seguimiento a los tres meses. "
                "Muchos de nuestros clientes usan el informe para solicitar ayudas de "
                "ciberseguridad para pymes.</p>"
            ),
            "terms": "1.450 € + IVA, precio cerrado; visita de seguimiento incluida",
            "search_description": (
                "Giltza Ziber, Donostia: chequeo de ciberseguridad a precio cerrado para pymes de "
                "hasta 50 personas: red, copias, phishing y plan de acción."
            ),
        },
        "en": {
            "title": "Fixed-price cybersecurity check-up for SMEs with up to 50 staff",
            "slug": "fixed-price-cybersecurity-check-up-for-smes",
            "summary": (
                "In two days we review your network, backups, e-mail and passwords, and give you "
                "a prioritised action plan written in plain language."
            ),
            "description": (
                "<p>Most attacks on small businesses get in through an unpatched router, a reused "
                "password or a convincing e-mail. Our check-up covers all of these in <strong>two "
                "days on your premises</strong>, without interrupting your work.</p>"
                "<ul>"
                "<li>A review of your network, Wi-Fi, firewall and remote access.</li>"
                "<li>A test restore of your backups to make sure they really work.</li>"
                "<li>A phishing simulation and a one-hour session for staff.</li>"
                "<li>A written report with a traffic-light risk rating and the ten most urgent "
                "actions.</li></ul>"
                "<p>The price is fixed and includes a follow-up visit three months later. Many of "
                "our clients use the report to apply for cybersecurity grants for SMEs.</p>"
            ),
            "terms": "€1,450 + VAT, fixed price; follow-up visit included",
            "search_description": (
                "Giltza Ziber, Donostia: fixed-price cybersecurity check-up for SMEs with up to "
                "50 staff, covering network, backups, phishing and an action plan."
            ),
        },
    },
    {
        "key": "begira-tkgune-foundry-pilot",
        "kind": "request",
        "category": "innovation-tkgune",
        "company": "begira-vision",
        "territory": "bizkaia",
        "location": "Ermua",
        "starts": -80,
        "ends": -20,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Galdategi bat bilatzen dugu galdaketa-akatsak ikusmen artifizialez detektatzeko "
                "TKgune proiektu baterako"
            ),
            "slug": "galdategi-bat-bilatzen-dugu-tkgune-proiektu-baterako",
            "summary": (
                "Forja-enpresa batekin egindako lehen proiektuaren ondoren, gure "
                "ikuskapen-sistema galdatutako piezetara egokitu nahi dugu: porotasuna, lotura "
                "hotzak eta harea-inklusioak."
            ),
            "description": (
                "<p>Gure ikusmen artifizialeko sistemak dagoeneko detektatzen ditu forjatutako "
                "piezen arraildurak eta neurri-akatsak, segundoaren hamarren batean. Hurrengo "
                "erronka <strong>galdatutako piezak</strong> dira: horietan zailagoa da akatsak "
                "gainazalaren berezko testuratik bereiztea.</p>"
                "<ul>"
                "<li>Bizkaiko edo Gipuzkoako galdategi bat, burdinazkoa edo aluminiozkoa, "
                "oraindik lerroaren amaieran begiz ikuskatzen duena.</li>"
                "<li>Pieza on eta akastunen milaka irudi eskuratzeko aukera, bai eta lerroan "
                "hilabetez probak egitekoa ere.</li>"
                "<li>Armeria Eskolarekin batera egingo genuke; ikastetxeak automatizazio eta "
                "mekatronika zikloetako ikasleak ekarriko lituzke.</li></ul>"
                "<p>Proiektu pilotuak ikasturte bat iraungo luke, eta TKguneren finantzaketa jaso "
                "dezake; beraz, galdategiak bere langileen denbora baino ez luke jarri beharko. "
                "Amaieran, sistema haren lerroan instalatuta geratuko litzateke.</p>"
            ),
            "terms": "",
            "search_description": (
                "Begira Vision, Ermua: galdategi bat bilatzen du galdaketa-akatsak ikusmen "
                "artifizialez detektatzeko TKgune proiektu pilotu baterako, Armeria Eskolarekin."
            ),
        },
        "es": {
            "title": (
                "Buscamos una fundición para un piloto TKgune de visión artificial sobre defectos "
                "de colada"
            ),
            "slug": "fundicion-para-piloto-tkgune-de-vision-artificial",
            "summary": (
                "Tras nuestro primer proyecto con una empresa de forja, queremos adaptar nuestro "
                "sistema de inspección a piezas de fundición: porosidad, juntas frías e "
                "inclusiones de arena."
            ),
            "description": (
                "<p>Nuestro sistema de visión artificial ya detecta grietas y errores "
                "dimensionales en piezas forjadas en una décima de segundo. El siguiente reto son "
                "las <strong>piezas de fundición</strong>, en las que cuesta más distinguir los "
                "defectos de la textura natural de la superficie.</p>"
                "<ul>"
                "<li>Una fundición de Bizkaia o Gipuzkoa, de hierro o aluminio, que todavía "
                "inspeccione a ojo al final de la línea.</li>"
                "<li>Acceso a unos miles de imágenes de piezas buenas y defectuosas, y a la línea "
                "durante un mes de pruebas.</li>"
                "<li>Lo haríamos junto con Armeria Eskola, que aportaría alumnado de sus ciclos "
                "de automatización y mecatrónica.</li></ul>"
                "<p>El piloto duraría un curso y puede optar a financiación de TKgune, así que la "
                "fundición solo aportaría el tiempo de su personal. Al final, el sistema quedaría "
                "instalado en su línea.</p>"
            ),
            "terms": "",
            "search_description": (
                "Begira Vision, Ermua, busca una fundición para un piloto TKgune de detección de "
                "defectos de colada con visión artificial, junto con Armeria Eskola."
            ),
        },
        "en": {
            "title": "Foundry wanted for a TKgune machine vision pilot on casting defects",
            "slug": "foundry-wanted-for-tkgune-machine-vision-pilot",
            "summary": (
                "After our first project with a forging company, we want to adapt our inspection "
                "system to cast parts: porosity, cold shuts and sand inclusions."
            ),
            "description": (
                "<p>Our machine vision system already detects cracks and dimensional errors in "
                "forged parts in a tenth of a second. The next challenge is <strong>cast "
                "parts</strong>, where defects are harder to tell apart from the natural texture "
                "of the surface.</p>"
                "<ul>"
                "<li>An iron or aluminium foundry in Bizkaia or Gipuzkoa that still inspects "
                "parts by eye at the end of the line.</li>"
                "<li>Access to a few thousand images of good and defective parts, and to the line "
                "for a month of trials.</li>"
                "<li>We would work with Armeria Eskola, which would bring in students from its "
                "automation and mechatronics programmes.</li></ul>"
                "<p>The pilot would run for one school year and is eligible for TKgune funding, "
                "so the foundry would only need to contribute its staff's time. At the end, the "
                "system would stay installed on its line.</p>"
            ),
            "terms": "",
            "search_description": (
                "Begira Vision, Ermua, is looking for a foundry for a TKgune pilot on detecting "
                "casting defects with machine vision, together with Armeria Eskola."
            ),
        },
    },
    {
        "key": "soberan-shared-kitchen",
        "kind": "request",
        "category": "premises",
        "company": "soberan-kontserbak",
        "territory": "bizkaia",
        "location": "Durango",
        "starts": -90,
        "ends": -30,
        "contact_email": "",
        "image": None,
        "eu": {
            "title": (
                "Osasun-erregistroa duen ekoizpen-sukalde partekatu bat behar dugu Durangaldean"
            ),
            "slug": "ekoizpen-sukalde-partekatu-bat-behar-dugu-durangaldean",
            "summary": (
                "Gure kontserba-ekoizpenak gainezka egin du egungo sukaldean. Baimendutako "
                "ekoizpen-sukalde bat behar dugu astean bizpahiru egunez, autoklabe baterako "
                "lekuarekin."
            ),
            "description": (
                "<p>Durangaldeko baserrietan saltzen ez diren barazki eta frutekin saltsak, "
                "marmeladak eta ozpinetakoak egiten ditugu. Inguruko denden eskaria hazi egin da, "
                "eta gaur egun partekatzen dugun sukaldean <strong>astean egun bakarra</strong> "
                "dugu.</p>"
                "<ul>"
                "<li>Osasun-erregistroa indarrean duen ekoizpen-sukalde bat, edo erregistroa gure "
                "jarduerara zabal dezakeena.</li>"
                "<li>Astean bizpahiru egun finko, lehengaiak gordetzeko hotz-ganberarekin.</li>"
                "<li>Lekua eta korronte elektrikoa 100 litroko gure autoklaberako; geuk ekarriko "
                "genuke.</li></ul>"
                "<p>Egun batzuetan ixten duen jatetxe bat, kooperatiba-sukalde bat edo "
                "ostalaritza-zikloak dituen Lanbide Heziketako ikastetxe baten sukaldea izan "
                "daiteke. Durango inguruan gaude, eta akordio batera iritsi bezain laster has "
                "gintezke.</p>"
            ),
            "terms": (
                "Erabilera-egun bakoitzeko ordaintzen dugu; 120 € inguru egunean, hornidurak barne"
            ),
            "search_description": (
                "Soberan Kontserbak, Durango: osasun-erregistroa duen ekoizpen-sukalde partekatu "
                "bat bilatzen du astean bizpahiru egunez, kontserbak egiteko."
            ),
        },
        "es": {
            "title": "Buscamos obrador compartido con registro sanitario en Durangaldea",
            "slug": "obrador-compartido-con-registro-sanitario",
            "summary": (
                "Nuestra producción de conservas ya no cabe en la cocina actual. Necesitamos un "
                "obrador autorizado dos o tres días a la semana, con espacio para un autoclave."
            ),
            "description": (
                "<p>Con las verduras y frutas que los caseríos de Durangaldea no consiguen vender "
                "elaboramos salsas, mermeladas y encurtidos. La demanda de las tiendas de la zona "
                "ha crecido, y en la cocina que compartimos hoy solo disponemos de <strong>un día "
                "a la semana</strong>.</p>"
                "<ul>"
                "<li>Un obrador con registro sanitario en vigor, o cuyo registro pueda ampliarse "
                "a nuestra actividad.</li>"
                "<li>Dos o tres días fijos a la semana, con cámara frigorífica para la materia "
                "prima.</li>"
                "<li>Espacio y toma eléctrica para nuestro autoclave de 100 litros, que "
                "traeríamos nosotros.</li></ul>"
                "<p>Puede ser un restaurante que cierra algunos días, una cocina cooperativa o la "
                "cocina de un centro de FP con ciclos de hostelería. Estamos en la zona de "
                "Durango y podríamos empezar en cuanto lleguemos a un acuerdo.</p>"
            ),
            "terms": "Pagamos por día de uso; unos 120 €/día con suministros incluidos",
            "search_description": (
                "Soberan Kontserbak, Durango, busca un obrador compartido con registro sanitario "
                "dos o tres días a la semana para elaborar sus conservas."
            ),
        },
        "en": {
            "title": "Shared production kitchen with food registration wanted in Durangaldea",
            "slug": "shared-production-kitchen-wanted-in-durangaldea",
            "summary": (
                "Our preserves business has outgrown its current kitchen. We need an approved "
                "production kitchen two or three days a week, with room for an autoclave."
            ),
            "description": (
                "<p>We turn the vegetables and fruit that farms in Durangaldea can't sell into "
                "sauces, jams and pickles. Demand from local shops has grown, and the kitchen we "
                "share at the moment only gives us <strong>one day a week</strong>.</p>"
                "<ul>"
                "<li>A production kitchen with current food business registration, or one whose "
                "registration can be extended to cover our activity.</li>"
                "<li>Two or three fixed days a week, with cold storage for raw produce.</li>"
                "<li>Space and a power supply for our 100-litre autoclave, which we would bring "
                "ourselves.</li></ul>"
                "<p>It could be a restaurant that closes on some days, a cooperative kitchen or "
                "the kitchen of a VET centre with hospitality programmes. We are based in the "
                "Durango area and could start as soon as we reach an agreement.</p>"
            ),
            "terms": "We pay per day of use; around €120 a day including utilities",
            "search_description": (
                "Soberan Kontserbak, Durango, is looking for a shared, food-registered production "
                "kitchen two or three days a week to make its preserves."
            ),
        },
    },
]

# A listing a representative sent from the member portal; it waits for an editor's review.
PENDING_LISTING = {
    "company": "txirbil-mekanizazioak",
    "kind": "request",
    "category": "services",
    "territory": "gipuzkoa",
    "location": "Bergara",
    "contact_email": "ekoizpena@txirbil.example",
    "title": "Koordenatuak neurtzeko makina baten bigarren eskuko erosketa",
    "slug": "koordenatuak-neurtzeko-makina-bigarren-eskukoa",
    "summary": (
        "Koordenatuak neurtzeko makina (CMM) bat erosi nahi dugu, bigarren eskukoa eta "
        "kalibrazio-ziurtagiriarekin, gure kalitate-kontrola handitzeko."
    ),
    "description": (
        "<p>Gutxienez 700 × 700 × 500 mm-ko neurketa-eremua behar dugu. Bergaran jaso "
        "dezakegu, eta instalazioa geuk antolatuko dugu.</p>"
    ),
    "terms": "Aurrekontua hitzartzeko",
}


# Enquiries about a listing, as its company follows them up in the member portal: days ago they
# arrived, in the visitor's language, and the company's reply where it answered.
ENQUIRIES = [
    {
        "listing": "txirbil-five-axis-capacity",
        "name": "Itziar Olaizola",
        "email": "itziar@olaizola-elektrizitatea.example",
        "organisation": "Olaizola Elektrizitatea",
        "language": "eu",
        "days_ago": 1,
        "status": "new",
        "message": (
            "Kaixo: aluminiozko 40 euskarri behar ditugu martxorako, planoak bidal ditzakegu. "
            "Zenbat denbora beharko zenukete?"
        ),
    },
    {
        "listing": "txirbil-five-axis-capacity",
        "name": "Carlos Fernández",
        "email": "carlos@moldes-norte.example",
        "organisation": "Moldes Norte",
        "language": "es",
        "days_ago": 6,
        "status": "answered",
        "message": (
            "Buenos días: necesitamos mecanizar una serie corta de insertos para moldes en "
            "acero templado. ¿Trabajáis con tolerancias de ±0,01 mm?"
        ),
        "reply": (
            "Hola, Carlos: sí, trabajamos con esas tolerancias. Mándanos los planos y te "
            "preparamos un presupuesto en dos días."
        ),
        "reply_after_hours": 20,
    },
    {
        "listing": "txirbil-five-axis-capacity",
        "name": "Sarah Miller",
        "email": "sarah@greenfield-design.example",
        "organisation": "Greenfield Design",
        "language": "en",
        "days_ago": 30,
        "status": "closed",
        "message": "Hello, could you machine ten prototype brackets in titanium?",
        "reply": (
            "Hello Sarah, we do not machine titanium at the moment, sorry. Bizkor Mekanika may "
            "help you: they are in our directory."
        ),
        "reply_after_hours": 50,
    },
]
