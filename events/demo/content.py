"""Demo events for seed_demo, written natively in Basque, Spanish and English."""

AUDIENCES = [
    {
        "key": "entrepreneurs",
        "slug": "entrepreneurs",
        "eu": "Ekintzaileak",
        "es": "Personas emprendedoras",
        "en": "Entrepreneurs",
    },
    {"key": "smes", "slug": "smes", "eu": "ETEak", "es": "Pymes", "en": "SMEs"},
    {
        "key": "facilitators",
        "slug": "facilitators",
        "eu": "Irakasleak eta dinamizatzaileak",
        "es": "Profesorado y personas dinamizadoras",
        "en": "Teachers and facilitators",
    },
    {"key": "students", "slug": "students", "eu": "Ikasleak", "es": "Alumnado", "en": "Students"},
]


INDEX = {
    "eu": {
        "title": "Agenda",
        "slug": "agenda",
        "seo_title": "Agenda: jardunaldiak, tailerrak eta prestakuntza",
        "search_description": (
            "TKgune, Urratsbat, Urratsbat komunitatea eta ESM programen ekitaldiak: jardunaldiak, "
            "tailerrak, topaketak eta dinamizatzaileentzako prestakuntza."
        ),
        "intro": (
            "<p>Hemen aurkituko dituzu Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza "
            "Sailak antolatzen dituen ekitaldiak: ETEentzako eta ikastetxeentzako TKgune "
            "jardunaldiak, ekintzaileentzako Urratsbat tailerrak, komunitateko topaketak eta "
            "dinamizatzaileentzako ESM prestakuntza.</p>"
            "<p>Ekitaldi gehienetan izena eman behar da, eta lekuak mugatuak dira. Ekitaldi "
            "bakoitzaren orrian dituzu ordutegia, lekua eta izena emateko modua.</p>"
        ),
    },
    "es": {
        "title": "Agenda",
        "slug": "agenda",
        "seo_title": "Agenda: jornadas, talleres y formación",
        "search_description": (
            "Eventos de TKgune, Urratsbat, la comunidad Urratsbat y ESM: jornadas, talleres, "
            "encuentros y formación para personas dinamizadoras."
        ),
        "intro": (
            "<p>Aquí encontrarás los eventos que organiza el Departamento de Innovación Aplicada "
            "en Entornos Estratégicos de Tknika: jornadas TKgune para pymes y centros de FP, "
            "talleres Urratsbat para personas emprendedoras, encuentros de la comunidad y "
            "formación ESM para personas dinamizadoras.</p>"
            "<p>En la mayoría de los eventos es necesario inscribirse, y las plazas son limitadas. "
            "En la página de cada evento tienes el horario, el lugar y la forma de inscribirte.</p>"
        ),
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "seo_title": "Events: meetings, workshops and training",
        "search_description": (
            "Events from TKgune, Urratsbat, the Urratsbat community and ESM: meetings, workshops, "
            "networking and training for facilitators."
        ),
        "intro": (
            "<p>Here you will find the events run by Tknika's Department of Innovation applied to "
            "strategic settings: TKgune days for SMEs and VET centres, Urratsbat workshops for "
            "entrepreneurs, community meet-ups and ESM training for facilitators.</p>"
            "<p>Most events require registration, and places are limited. Each event page gives "
            "the times, the venue and how to sign up.</p>"
        ),
    },
}


EVENTS = [
    {
        "key": "esm-case-clinic",
        "days_from_today": -240,
        "start": "09:30",
        "end": "14:00",
        "days": 1,
        "venue": None,
        "online": None,
        "programmes": ["esm"],
        "audiences": ["facilitators"],
        "languages": ["eu", "es"],
        "capacity": 24,
        "registration": True,
        "image": {"colour": "#0369a1", "motif": "waves"},
        "eu": {
            "title": "Kasuen klinika: dinamizatzaileentzako ESM saioa",
            "slug": "kasuen-klinika-esm-dinamizatzaileak",
            "summary": (
                "Urratsbat programako dinamizatzaileek ekintzaileekin trabatuta zeuzkaten egoerak "
                "aurkeztu zituzten Tknikan, eta lankideekin batera irtenbideak bilatu zituzten, "
                "ESM metodologiaren tresnekin."
            ),
            "search_description": (
                "ESM kasuen klinika Tknikan: dinamizatzaileek ekintzaileekin dituzten benetako "
                "kasuak aztertu eta irtenbideak landu zituzten."
            ),
            "image_alt": (
                "Ilustrazioa tonu urdinetan: eguzkia zeruan eta bi muino, eta haien aurrean uhinak."
            ),
            "address": "Tknika, Zamalbide auzoa z/g, 20100 Errenteria (Gipuzkoa)",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Kasuen klinika ESM prestakuntzaren saio praktikoenetako bat da. "
                        "Dinamizatzaile bakoitzak ekintzaile batekin trabatuta zeukan egoera bat "
                        "ekarri zuen, eta talde txikitan aztertu genituen, metodologiaren tresnak "
                        "erabiliz.</p>"
                        "<p>Saioa Tknikaren egoitzan egin zen, Errenterian, eta ikastetxe askotako "
                        "dinamizatzaileak elkartu ziren.</p>"
                    ),
                ),
                ("heading", {"text": "Saioaren egitura", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Harrera eta klinikaren arauak: "
                        "konfidentzialtasuna eta entzute aktiboa.</li>"
                        "<li><strong>10:00</strong> Lehen txanda: kasuen aurkezpena eta galderak, "
                        "lau laguneko taldeetan.</li>"
                        "<li><strong>11:30</strong> Atsedenaldia.</li>"
                        "<li><strong>12:00</strong> Bigarren txanda: irtenbide-proposamenak eta "
                        "ekintza-plana.</li>"
                        "<li><strong>13:30</strong> Bateratzea eta ondorioak.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Kasu ohikoenak hauek izan ziren: lehen bezeroak aurkitzeko "
                        "zailtasunak, bazkideen arteko desadostasunak eta ikasketak eta enpresa "
                        "uztartzeko arazoak. Aztertutako kasuak anonimo bihurtuko dira, eta ESM "
                        "prestakuntzan adibide gisa erabiliko dira.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Clínica de casos: sesión ESM para personas dinamizadoras",
            "slug": "clinica-casos-esm-dinamizadoras",
            "summary": (
                "Las personas dinamizadoras de Urratsbat presentaron en Tknika situaciones en las "
                "que se habían atascado con sus emprendedores y buscaron soluciones junto a sus "
                "colegas con las herramientas de la metodología ESM."
            ),
            "search_description": (
                "Clínica de casos ESM en Tknika: las personas dinamizadoras analizaron casos "
                "reales de emprendimiento y trabajaron soluciones en grupo."
            ),
            "image_alt": (
                "Ilustración en tonos azules: un sol en el cielo y dos colinas, con olas delante."
            ),
            "address": "Tknika, Barrio Zamalbide s/n, 20100 Errenteria (Gipuzkoa)",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La clínica de casos es una de las sesiones más prácticas de la "
                        "formación ESM. Cada persona dinamizadora trajo una situación en la que se "
                        "había atascado con una persona emprendedora, y las analizamos en grupos "
                        "pequeños con las herramientas de la metodología.</p>"
                        "<p>La sesión se celebró en la sede de Tknika, en Errenteria, y reunió a "
                        "personas dinamizadoras de muchos centros.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo se organizó la sesión", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Bienvenida y normas de la clínica: "
                        "confidencialidad y escucha activa.</li>"
                        "<li><strong>10:00</strong> Primera ronda: presentación de casos y "
                        "preguntas, en grupos de cuatro.</li>"
                        "<li><strong>11:30</strong> Pausa.</li>"
                        "<li><strong>12:00</strong> Segunda ronda: propuestas de solución y plan "
                        "de acción.</li>"
                        "<li><strong>13:30</strong> Puesta en común y conclusiones.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Los casos más habituales tuvieron que ver con la dificultad para "
                        "conseguir los primeros clientes, los desacuerdos entre socios y la "
                        "conciliación de los estudios con la empresa. Los casos analizados se "
                        "anonimizarán y se utilizarán como ejemplos en la formación ESM.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Case clinic: an ESM session for facilitators",
            "slug": "case-clinic-esm-facilitators",
            "summary": (
                "Urratsbat facilitators brought to Tknika situations in which they had got stuck "
                "with an entrepreneur, and worked out solutions with their peers using the tools "
                "of the ESM methodology."
            ),
            "search_description": (
                "ESM case clinic at Tknika: facilitators analysed real cases from their work with "
                "entrepreneurs and worked out solutions together."
            ),
            "image_alt": (
                "Illustration in shades of blue: a sun in the sky above two hills, with waves "
                "rolling in front of them."
            ),
            "address": "Tknika, Zamalbide auzoa s/n, 20100 Errenteria (Gipuzkoa)",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The case clinic is one of the most hands-on sessions in ESM training. "
                        "Each facilitator brought a situation in which they had got stuck with an "
                        "entrepreneur, and we analysed them in small groups using the "
                        "methodology's tools.</p>"
                        "<p>The session took place at Tknika's headquarters in Errenteria and "
                        "brought together facilitators from many centres.</p>"
                    ),
                ),
                ("heading", {"text": "How the session ran", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Welcome and clinic ground rules: "
                        "confidentiality and active listening.</li>"
                        "<li><strong>10:00</strong> First round: case presentations and questions, "
                        "in groups of four.</li>"
                        "<li><strong>11:30</strong> Break.</li>"
                        "<li><strong>12:00</strong> Second round: proposed solutions and an action "
                        "plan.</li>"
                        "<li><strong>13:30</strong> Group discussion and conclusions.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The most common cases involved finding first customers, disagreements "
                        "between partners and combining studies with running a company. The cases "
                        "will be anonymised and used as examples in ESM training.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-open-workshops-txorierri",
        "days_from_today": -160,
        "start": "09:00",
        "end": "13:00",
        "days": 1,
        "venue": "txorierri",
        "online": None,
        "programmes": ["tkgune"],
        "audiences": ["smes"],
        "languages": ["eu", "es"],
        "capacity": 40,
        "registration": True,
        "image": {"colour": "#115e59", "motif": "grid"},
        "eu": {
            "title": "Tailerrak zabalik: ETEak Txorierri LHIIra bisitan",
            "slug": "tailerrak-zabalik-txorierri",
            "summary": (
                "Bizkaiko hogei bat ETEk Txorierri LHIIko tailerrak eta ekipamenduak ezagutu "
                "zituzten, eta irakasleekin hitz egin zuten TKgune proiektuetan elkarrekin lan "
                "egiteko aukerez."
            ),
            "search_description": (
                "TKgune: Bizkaiko ETEek Txorierri LHIIko tailerrak bisitatu zituzten, eta "
                "irakasleekin berrikuntza-proiektuak egiteko aukerak aztertu."
            ),
            "image_alt": (
                "Ilustrazioa tonu berde ilunetan: eguzkia eta bi muino, eta muinoen gainean "
                "zerra-itxurako teilatua eta leiho argiztatuak dituen tailer bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Enpresa askok ez dakite zer ekipamendu eta ezagutza dauden inguruko "
                        "Lanbide Heziketako ikastetxeetan. Horregatik, TKgune programaren barruan, "
                        "Txorierri LHIIk ateak ireki zizkien Bizkaiko ETEei, tailerrak ikus "
                        "zitzaten eta irakasleak ezagut zitzaten.</p>"
                    ),
                ),
                ("heading", {"text": "Goizean zehar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:00</strong> Harrera eta TKgune programaren aurkezpen "
                        "laburra.</li>"
                        "<li><strong>09:30</strong> Tailerretako bisita gidatua: fabrikazio "
                        "gehigarria, automatizazioa eta metrologia.</li>"
                        "<li><strong>11:30</strong> Solasaldia irakasleekin, enpresen erronkak "
                        "ezagutzeko.</li>"
                        "<li><strong>12:30</strong> Bilera laburrak, proiektu-ideia zehatza zuten "
                        "enpresekin.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Bisitaren ondoren, bost enpresak eta ikastetxeak beste bilera bat "
                        "adostu zuten, TKgune proiektu bat elkarrekin prestatzeko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Talleres abiertos: las pymes visitan Txorierri LHII",
            "slug": "talleres-abiertos-txorierri",
            "summary": (
                "Una veintena de pymes vizcaínas conocieron los talleres y el equipamiento de "
                "Txorierri LHII y hablaron con el profesorado sobre cómo colaborar en proyectos "
                "TKgune."
            ),
            "search_description": (
                "TKgune: pymes de Bizkaia visitaron los talleres de Txorierri LHII y exploraron "
                "con el profesorado posibles proyectos de innovación."
            ),
            "image_alt": (
                "Ilustración en tonos verde oscuro: un sol y dos colinas y, sobre ellas, un taller "
                "con tejado en diente de sierra y ventanas iluminadas."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Muchas empresas no saben qué equipamiento y qué conocimiento tienen "
                        "los centros de FP de su entorno. Por eso, dentro del programa TKgune, "
                        "Txorierri LHII abrió sus puertas a las pymes de Bizkaia para que "
                        "conocieran sus talleres y a su profesorado.</p>"
                    ),
                ),
                ("heading", {"text": "La mañana, paso a paso", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:00</strong> Bienvenida y breve presentación del programa "
                        "TKgune.</li>"
                        "<li><strong>09:30</strong> Visita guiada a los talleres: fabricación "
                        "aditiva, automatización y metrología.</li>"
                        "<li><strong>11:30</strong> Charla con el profesorado para conocer los "
                        "retos de las empresas.</li>"
                        "<li><strong>12:30</strong> Reuniones breves con las empresas que traían "
                        "una idea de proyecto concreta.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Tras la visita, cinco empresas acordaron con el centro una nueva "
                        "reunión para preparar juntos un proyecto TKgune.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Open workshops: SMEs visit Txorierri LHII",
            "slug": "open-workshops-txorierri",
            "summary": (
                "Around twenty SMEs from Bizkaia toured the workshops and equipment at Txorierri "
                "LHII and talked to teachers about working together on TKgune projects."
            ),
            "search_description": (
                "TKgune: SMEs from Bizkaia toured the workshops at Txorierri LHII and explored "
                "possible innovation projects with teaching staff."
            ),
            "image_alt": (
                "Illustration in shades of dark green: a sun and two hills, with a workshop with a "
                "saw-tooth roof and lit windows standing on them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Many companies do not know what equipment and expertise the VET "
                        "centres near them have to offer. So, as part of the TKgune programme, "
                        "Txorierri LHII opened its doors to SMEs from Bizkaia to show them its "
                        "workshops and introduce its teaching staff.</p>"
                    ),
                ),
                ("heading", {"text": "How the morning went", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:00</strong> Welcome and a short introduction to "
                        "TKgune.</li>"
                        "<li><strong>09:30</strong> Guided tour of the workshops: additive "
                        "manufacturing, automation and metrology.</li>"
                        "<li><strong>11:30</strong> Conversation with teachers about the "
                        "companies' challenges.</li>"
                        "<li><strong>12:30</strong> Short meetings with companies that came with a "
                        "specific project idea.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>After the visit, five companies arranged a follow-up meeting with the "
                        "centre to prepare a TKgune project together.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-idea-validation-module",
        "days_from_today": -75,
        "start": "09:30",
        "end": "13:30",
        "days": 1,
        "venue": "usurbil",
        "online": None,
        "programmes": ["esm"],
        "audiences": ["facilitators"],
        "languages": ["eu", "es"],
        "capacity": 25,
        "registration": True,
        "image": {"colour": "#2563eb", "motif": "circles"},
        "eu": {
            "title": "ESM modulua: ideiak bezeroekin balioztatzea",
            "slug": "esm-modulua-ideiak-balioztatzea",
            "summary": (
                "Usurbil LHIIn egindako ESM modulu praktiko batean, dinamizatzaileek ekintzaileei "
                "beren ideia bezero potentzialekin probatzen laguntzeko tresnak landu zituzten."
            ),
            "search_description": (
                "ESM modulua Usurbil LHIIn: ekintzaileen ideiak bezero potentzialekin "
                "balioztatzeko tresnak, dinamizatzaileentzat."
            ),
            "image_alt": (
                "Ilustrazioa tonu urdinetan: eguzkia eta bi muino, eta muinoen gainean elkarri "
                "lotutako bi engranaje."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ekintzaile askok hilabeteak ematen dituzte produktu bat garatzen, "
                        "inork erosiko ote duen jakin gabe. ESM metodologiaren modulu honetan, "
                        "dinamizatzaileek ideia hori goiz eta merke probatzen laguntzeko tresnak "
                        "landu zituzten.</p>"
                    ),
                ),
                ("heading", {"text": "Goizeko egitaraua", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Hipotesiak identifikatzea: zer bete behar da "
                        "ideiak funtziona dezan?</li>"
                        "<li><strong>10:30</strong> Bezeroekiko elkarrizketak diseinatzea, "
                        "erantzuna iradokitzen duten galderak saihestuz.</li>"
                        "<li><strong>12:00</strong> Prototipo azkarrak eta lehen salmenta-probak, "
                        "Usurbil LHIIko proiektuen adibideekin.</li>"
                        "<li><strong>13:00</strong> Ikasitakoa ikastetxean aplikatzeko "
                        "plana.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Parte-hartzaileek moduluko materialak jaso dituzte, eta hurrengo "
                        "hilabeteetan beren ikastetxeko kasu batean aplikatuko dituzte. ESM "
                        "ibilbide osoa amaitzen dutenek prestakuntza-ziurtagiria jasoko dute.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Módulo ESM: validar ideas con clientes",
            "slug": "modulo-esm-validar-ideas",
            "summary": (
                "En un módulo práctico de ESM celebrado en Usurbil LHII, las personas "
                "dinamizadoras trabajaron herramientas para ayudar a quienes emprenden a probar su "
                "idea con clientes potenciales."
            ),
            "search_description": (
                "Módulo ESM en Usurbil LHII: herramientas para que las personas dinamizadoras "
                "ayuden a validar ideas de negocio con clientes potenciales."
            ),
            "image_alt": (
                "Ilustración en tonos azules: un sol y dos colinas y, sobre ellas, dos engranajes "
                "encajados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Muchas personas emprendedoras dedican meses a desarrollar un producto "
                        "sin saber si alguien lo va a comprar. En este módulo de la metodología "
                        "ESM, las personas dinamizadoras trabajaron herramientas para ayudarles a "
                        "probar esa idea pronto y con pocos recursos.</p>"
                    ),
                ),
                ("heading", {"text": "Programa de la mañana", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Identificar hipótesis: ¿qué tiene que "
                        "cumplirse para que la idea funcione?</li>"
                        "<li><strong>10:30</strong> Diseñar entrevistas con clientes sin preguntas "
                        "que sugieran la respuesta.</li>"
                        "<li><strong>12:00</strong> Prototipos rápidos y primeras pruebas de "
                        "venta, con ejemplos de proyectos de Usurbil LHII.</li>"
                        "<li><strong>13:00</strong> Plan para aplicar lo aprendido en el "
                        "centro.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Las personas participantes han recibido los materiales del módulo y "
                        "los aplicarán en los próximos meses a un caso de su centro. Quienes "
                        "completen todo el itinerario ESM recibirán un certificado de "
                        "formación.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "ESM module: validating ideas with customers",
            "slug": "esm-module-validating-ideas",
            "summary": (
                "In a hands-on ESM module at Usurbil LHII, facilitators worked on tools to help "
                "entrepreneurs test their idea with potential customers."
            ),
            "search_description": (
                "ESM module at Usurbil LHII: tools that help facilitators support entrepreneurs in "
                "validating business ideas with potential customers."
            ),
            "image_alt": (
                "Illustration in shades of blue: a sun and two hills, with two meshed gears "
                "standing on them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Many entrepreneurs spend months developing a product without knowing "
                        "whether anyone will buy it. In this ESM module, facilitators worked on "
                        "tools to help them test the idea early and cheaply.</p>"
                    ),
                ),
                ("heading", {"text": "The morning's programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Identifying assumptions: what has to be true "
                        "for the idea to work?</li>"
                        "<li><strong>10:30</strong> Designing customer interviews without leading "
                        "questions.</li>"
                        "<li><strong>12:00</strong> Quick prototypes and first sales tests, with "
                        "examples from Usurbil LHII projects.</li>"
                        "<li><strong>13:00</strong> A plan for applying what was learned at each "
                        "centre.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Participants have received the module materials and will apply them to "
                        "a case at their own centre over the coming months. Those who complete the "
                        "full ESM pathway will receive a training certificate.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-fair-barakaldo",
        "days_from_today": -45,
        "start": "10:00",
        "end": "14:00",
        "days": 1,
        "venue": "nicolas-larburu",
        "online": None,
        "programmes": ["community"],
        "audiences": ["entrepreneurs", "smes", "students"],
        "languages": ["eu", "es"],
        "capacity": None,
        "registration": False,
        "image": {"colour": "#7c3aed", "motif": "network"},
        "eu": {
            "title": "Urratsbat komunitatearen azoka",
            "slug": "urratsbat-komunitatearen-azoka",
            "summary": (
                "Urratsbat komunitateko hogeita hamar enpresak beren produktuak eta zerbitzuak "
                "erakutsi zituzten Nicolas Larburu LHIIn, sarrera libreko azoka batean, eta "
                "merkatuko eskaintzak eta eskaerak aurrez aurre partekatu zituzten."
            ),
            "search_description": (
                "Urratsbat komunitatearen azoka Barakaldon: 30 enpresaren erakusmahaiak, merkatuko "
                "eskaintzak eta eskaerak, sarrera librean."
            ),
            "image_alt": (
                "Ilustrazioa tonu bioletetan: eguzkia eta bi muino, eta haien gainean elkarri "
                "lotutako puntuen sare bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitateko hogeita hamar enpresak erakusmahaia jarri zuten "
                        "Nicolas Larburu LHIIko kiroldegian. Sarrera librea zen, eta goiz osoan "
                        "zehar ikasleak, irakasleak, inguruko enpresak eta herritarrak igaro ziren "
                        "azokatik.</p>"
                        "<p>Komunitatearen merkatua aurrez aurre eramatea zen helburua: enpresek "
                        "beren eskaintzak eta eskaerak panel handi batean jarri zituzten, eta "
                        "interesa zutenek han bertan hitz egin ahal izan zuten.</p>"
                    ),
                ),
                ("heading", {"text": "Goizaren laburpena", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>30 enpresa</strong>, mekanizaziotik hasi eta diseinura eta "
                        "elikadurara.</li>"
                        "<li><strong>60 eskaintza eta eskaera baino gehiago</strong> merkatuaren "
                        "panelean.</li>"
                        "<li>Ekintzaileen hitzaldi laburrak ikasleentzat: <em>Nola sortu nuen nire "
                        "enpresa</em>.</li></ul>"
                        "<p>Azokan hasitako harremanek jarraipena izan dezaten, panelean jarritako "
                        "iragarki guztiak komunitatearen merkatuan argitaratu ditugu.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Feria de la comunidad Urratsbat",
            "slug": "feria-comunidad-urratsbat",
            "summary": (
                "Treinta empresas de la comunidad Urratsbat mostraron sus productos y servicios en "
                "Nicolas Larburu LHII, en una feria de entrada libre donde compartieron cara a "
                "cara las ofertas y demandas del marketplace."
            ),
            "search_description": (
                "Feria de la comunidad Urratsbat en Barakaldo: 30 empresas expositoras, ofertas y "
                "demandas del marketplace y entrada libre."
            ),
            "image_alt": (
                "Ilustración en tonos violeta: un sol y dos colinas y, sobre ellas, una red de "
                "nodos conectados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Treinta empresas de la comunidad Urratsbat montaron su stand en el "
                        "polideportivo de Nicolas Larburu LHII. La entrada era libre, y durante "
                        "toda la mañana pasaron por la feria alumnado, profesorado, empresas de la "
                        "zona y vecinos y vecinas.</p>"
                        "<p>El objetivo era trasladar el marketplace de la comunidad al cara a "
                        "cara: las empresas colgaron sus ofertas y demandas en un gran panel, y "
                        "quien tenía interés pudo hablar con ellas allí mismo.</p>"
                    ),
                ),
                ("heading", {"text": "La mañana en cifras", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>30 empresas</strong>, de la mecanización al diseño y la "
                        "alimentación.</li>"
                        "<li><strong>Más de 60 ofertas y demandas</strong> en el panel del "
                        "marketplace.</li>"
                        "<li>Charlas breves de personas emprendedoras para el alumnado: <em>Cómo "
                        "creé mi empresa</em>.</li></ul>"
                        "<p>Para que los contactos que surgieron en la feria tengan continuidad, "
                        "hemos publicado en el marketplace de la comunidad todos los anuncios del "
                        "panel.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Urratsbat community fair",
            "slug": "urratsbat-community-fair",
            "summary": (
                "Thirty companies from the Urratsbat community showed their products and services "
                "at Nicolas Larburu LHII, at a fair open to all where they shared marketplace "
                "offers and requests face to face."
            ),
            "search_description": (
                "Urratsbat community fair in Barakaldo: 30 exhibiting companies, marketplace "
                "offers and requests, free entry."
            ),
            "image_alt": (
                "Illustration in shades of violet: a sun and two hills, with a network of linked "
                "nodes above them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Thirty companies from the Urratsbat community set up stands in the "
                        "sports hall at Nicolas Larburu LHII. Entry was free, and throughout the "
                        "morning students, teachers, local companies and residents came through "
                        "the fair.</p>"
                        "<p>The aim was to bring the community marketplace to life in person: "
                        "companies pinned their offers and requests to a large board, and anyone "
                        "interested could talk to them on the spot.</p>"
                    ),
                ),
                ("heading", {"text": "The morning in numbers", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>30 companies</strong>, from machining to design and food.</li>"
                        "<li><strong>Over 60 offers and requests</strong> on the marketplace "
                        "board.</li>"
                        "<li>Short talks by entrepreneurs for students: <em>How I started my "
                        "company</em>.</li></ul>"
                        "<p>So that the contacts made at the fair can be followed up, we have "
                        "posted every listing from the board on the community marketplace.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-working-group-iurreta",
        "days_from_today": -30,
        "start": "10:00",
        "end": "13:00",
        "days": 1,
        "venue": "iurreta",
        "online": None,
        "programmes": ["tkgune"],
        "audiences": ["facilitators"],
        "languages": ["eu"],
        "capacity": 18,
        "registration": True,
        "image": {"colour": "#047857", "motif": "network"},
        "eu": {
            "title": "TKgune lantaldearen saioa: proiektuen jarraipena",
            "slug": "tkgune-lantaldearen-saioa-iurreta",
            "summary": (
                "Sei ikastetxetako kideek osatzen duten TKgune lantaldea Iurretan bildu zen, "
                "martxan dauden proiektuen egoera aztertzeko eta proiektu berriak prestatzen ari "
                "diren ikastetxeei nola lagundu adosteko."
            ),
            "search_description": (
                "TKgune lantaldearen saioa Iurreta LHIIn: martxan dauden proiektuen jarraipena eta "
                "ikastetxeentzako tresna berriak."
            ),
            "image_alt": (
                "Ilustrazioa tonu berdeetan: eguzkia eta bi muino, eta haien gainean elkarri "
                "lotutako puntuen sare bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>TKgune lantaldea Lanbide Heziketako sei ikastetxetako pertsonek "
                        "osatzen dute, eta gainerako ikastetxeei laguntzen die proiektuak "
                        "prestatzen eta garatzen. Oraingo honetan Iurreta LHIIk hartu zuen saioa, "
                        "eta proiektu batzuetako irakasleak ere gonbidatu genituen.</p>"
                    ),
                ),
                ("heading", {"text": "Landutako gaiak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Martxan dauden proiektuen egoera: aurrerapenak, oztopoak eta "
                        "egutegia.</li>"
                        "<li>Enpresarekin lehen bilera prestatzeko gida berria, erronka hasieratik "
                        "ondo zehazteko.</li>"
                        "<li>Proiektuen emaitzak dokumentatzeko eta beste ikastetxeekin "
                        "partekatzeko txantiloia.</li></ul>"
                        "<p>Saioaren ondorioak lantaldeko kideen bidez iritsiko zaizkie "
                        "ikastetxeei. TKgune proiektu bat abiatu nahi duen edozein ikastetxek jar "
                        "dezake harremanetan lantaldearekin.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Sesión del grupo de trabajo TKgune: seguimiento de proyectos",
            "slug": "sesion-grupo-trabajo-tkgune-iurreta",
            "summary": (
                "El grupo de trabajo de TKgune, formado por personas de seis centros, se reunió en "
                "Iurreta para revisar los proyectos en marcha y acordar cómo apoyar a los centros "
                "que preparan proyectos nuevos."
            ),
            "search_description": (
                "Sesión del grupo de trabajo TKgune en Iurreta LHII: seguimiento de los proyectos "
                "en marcha y nuevas herramientas para los centros."
            ),
            "image_alt": (
                "Ilustración en tonos verdes: un sol y dos colinas y, sobre ellas, una red de "
                "nodos conectados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El grupo de trabajo de TKgune lo forman personas de seis centros de FP "
                        "y acompaña al resto de centros en la preparación y el desarrollo de sus "
                        "proyectos. En esta ocasión la sesión tuvo lugar en Iurreta LHII, y "
                        "contamos también con profesorado de varios proyectos. La sesión se "
                        "desarrolló en euskera.</p>"
                    ),
                ),
                ("heading", {"text": "Temas tratados", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Situación de los proyectos en marcha: avances, obstáculos y "
                        "calendario.</li>"
                        "<li>Una nueva guía para preparar la primera reunión con la empresa y "
                        "definir bien el reto desde el principio.</li>"
                        "<li>Una plantilla para documentar los resultados de los proyectos y "
                        "compartirlos con otros centros.</li></ul>"
                        "<p>Las conclusiones llegarán a los centros a través de las personas del "
                        "grupo de trabajo. Cualquier centro que quiera poner en marcha un proyecto "
                        "TKgune puede ponerse en contacto con el grupo.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "TKgune working group session: project follow-up",
            "slug": "tkgune-working-group-session-iurreta",
            "summary": (
                "The TKgune working group, made up of people from six centres, met in Iurreta to "
                "review the projects under way and agree how to support centres preparing new ones."
            ),
            "search_description": (
                "TKgune working group session at Iurreta LHII: follow-up of current projects and "
                "new tools for VET centres."
            ),
            "image_alt": (
                "Illustration in shades of green: a sun and two hills, with a network of linked "
                "nodes above them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The TKgune working group is made up of people from six VET centres and "
                        "supports the other centres as they prepare and carry out their projects. "
                        "This session was hosted by Iurreta LHII, and teachers from several "
                        "projects joined us. The session was held in Basque.</p>"
                    ),
                ),
                ("heading", {"text": "Topics covered", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>The status of current projects: progress, obstacles and "
                        "timelines.</li>"
                        "<li>A new guide to preparing the first meeting with a company and "
                        "defining the challenge clearly from the start.</li>"
                        "<li>A template for documenting project results and sharing them with "
                        "other centres.</li></ul>"
                        "<p>The conclusions will reach the centres through the members of the "
                        "working group. Any centre that wants to start a TKgune project can "
                        "contact the group.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-networking-breakfast",
        "days_from_today": 4,
        "start": "08:30",
        "end": "10:30",
        "days": 1,
        "venue": "easo",
        "online": None,
        "programmes": ["community"],
        "audiences": ["entrepreneurs"],
        "languages": ["eu", "es"],
        "capacity": 12,
        "registration": True,
        "image": {"colour": "#6d28d9", "motif": "network"},
        "eu": {
            "title": "Sare-gosaria Urratsbat komunitateko enpresekin",
            "slug": "sare-gosaria-urratsbat-komunitatea",
            "summary": (
                "Hamabi enpresarentzako gosari-topaketa Easo Politeknikoan: aurkeztu zure enpresa "
                "minutu batean, ezagutu komunitateko beste ekintzaile batzuk eta bilatu elkarrekin "
                "lan egiteko aukerak."
            ),
            "search_description": (
                "Urratsbat komunitatearen sare-gosaria Donostian: hamabi enpresa, aurkezpen "
                "laburrak eta elkarlanerako aukerak."
            ),
            "image_alt": (
                "Ilustrazioa tonu moreetan: eguzkia eta bi muino, eta haien gainean elkarri "
                "lotutako puntuen sare bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Goiz-goizean, kafe baten bueltan, Urratsbat programan sortutako hamabi "
                        "enpresa elkartuko gara Easo Politeknikoan. Formatu txikia nahita aukeratu "
                        "dugu: denek izango dute hitz egiteko aukera, eta denek ezagutuko dute "
                        "elkar.</p>"
                    ),
                ),
                ("heading", {"text": "Nola egingo dugu", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>08:30</strong> Gosaria eta harrera.</li>"
                        "<li><strong>08:45</strong> Aurkezpen-txanda: enpresa bakoitzak minutu bat "
                        "du zer egiten duen eta zer behar duen kontatzeko.</li>"
                        "<li><strong>09:15</strong> Binakako elkarrizketak, txandaka.</li>"
                        "<li><strong>10:15</strong> Laburpena, eta komunitatearen merkatuan "
                        "argitaratzeko eskaintzak eta eskaerak.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Zer ekarri:</strong> bisita-txartelak eta zure enpresaren "
                        "aurkezpen labur bat, minutu batean kontatzeko modukoa. Lekuak mugatuak "
                        "direnez, enpresa bakoitzeko pertsona batek bakarrik eman dezake izena.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Desayuno de networking con empresas de la comunidad Urratsbat",
            "slug": "desayuno-networking-comunidad-urratsbat",
            "summary": (
                "Desayuno para doce empresas en Easo Politeknikoa: presenta tu empresa en un "
                "minuto, conoce a otras personas emprendedoras de la comunidad y busca "
                "oportunidades de colaboración."
            ),
            "search_description": (
                "Desayuno de networking de la comunidad Urratsbat en Donostia: doce empresas, "
                "presentaciones breves y oportunidades de colaboración."
            ),
            "image_alt": (
                "Ilustración en tonos morados: un sol y dos colinas y, sobre ellas, una red de "
                "nodos conectados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A primera hora, con un café de por medio, nos reuniremos en Easo "
                        "Politeknikoa doce empresas creadas en el programa Urratsbat. El formato "
                        "es pequeño a propósito: todo el mundo tendrá ocasión de hablar y de "
                        "conocer al resto.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo lo haremos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>08:30</strong> Desayuno y bienvenida.</li>"
                        "<li><strong>08:45</strong> Ronda de presentaciones: cada empresa tiene un "
                        "minuto para contar a qué se dedica y qué necesita.</li>"
                        "<li><strong>09:15</strong> Conversaciones por parejas, por turnos.</li>"
                        "<li><strong>10:15</strong> Resumen, y ofertas y demandas para publicar en "
                        "el marketplace de la comunidad.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Qué traer:</strong> tarjetas de visita y una presentación "
                        "breve de tu empresa que puedas contar en un minuto. Como las plazas son "
                        "limitadas, solo puede inscribirse una persona por empresa.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Networking breakfast with Urratsbat community companies",
            "slug": "networking-breakfast-urratsbat-community",
            "summary": (
                "A breakfast for twelve companies at Easo Politeknikoa: pitch your company in one "
                "minute, meet other entrepreneurs from the community and look for ways to work "
                "together."
            ),
            "search_description": (
                "Urratsbat community networking breakfast in Donostia: twelve companies, short "
                "pitches and opportunities to collaborate."
            ),
            "image_alt": (
                "Illustration in shades of purple: a sun and two hills, with a network of linked "
                "nodes above them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Early in the morning, over coffee, twelve companies created through "
                        "the Urratsbat programme will meet at Easo Politeknikoa. The small format "
                        "is deliberate: everyone gets a chance to speak and to meet everyone "
                        "else.</p>"
                    ),
                ),
                ("heading", {"text": "How it works", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>08:30</strong> Breakfast and welcome.</li>"
                        "<li><strong>08:45</strong> Round of introductions: each company has one "
                        "minute to explain what it does and what it needs.</li>"
                        "<li><strong>09:15</strong> One-to-one conversations, in rotation.</li>"
                        "<li><strong>10:15</strong> Wrap-up, and offers and requests to post on "
                        "the community marketplace.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>What to bring:</strong> business cards and a short "
                        "introduction to your company that you can deliver in one minute. Places "
                        "are limited, so only one person per company may register.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-online-first-interview",
        "days_from_today": 6,
        "start": "16:00",
        "end": "18:00",
        "days": 1,
        "venue": None,
        "online": "https://meet.tknika.eus/esm-elkarrizketa",
        "programmes": ["esm"],
        "audiences": ["facilitators"],
        "languages": ["eu", "es"],
        "capacity": 40,
        "registration": True,
        "image": {"colour": "#1d4ed8", "motif": "network"},
        "eu": {
            "title": "ESM online saioa: ekintzailearekin lehen elkarrizketa",
            "slug": "esm-online-saioa-lehen-elkarrizketa",
            "summary": (
                "Bi orduko online saioa, ekintzaile batekin izaten den lehen elkarrizketa "
                "prestatzeko eta gidatzeko: zer galdetu, nola entzun eta nola adostu hurrengo "
                "urratsak."
            ),
            "search_description": (
                "ESM online saioa dinamizatzaileentzat: ekintzailearekin lehen elkarrizketa "
                "prestatu eta gidatzeko teknikak eta tresnak."
            ),
            "image_alt": (
                "Ilustrazioa tonu urdinetan: eguzkia eta bi muino, eta haien gainean elkarri "
                "lotutako puntuen sare bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ekintzaile batekin izaten den lehen elkarrizketak neurri handi batean "
                        "baldintzatzen du ondorengo laguntza guztia. Saio honetan, ESM "
                        "metodologiak elkarrizketa hori prestatzeko eta gidatzeko dituen tresnak "
                        "landuko ditugu, benetako kasuekin.</p>"
                        "<p>Saioa online izango da, eta kamera eta mikrofonoa piztuta parte "
                        "hartzea gomendatzen dugu: ariketa praktikoak talde txikitan egingo "
                        "ditugu.</p>"
                    ),
                ),
                ("heading", {"text": "Egitaraua", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>16:00</strong> Harrera eta saioaren aurkezpena.</li>"
                        "<li><strong>16:15</strong> Lehen elkarrizketaren gidoia: funtsezko "
                        "galderak eta ohiko akatsak.</li>"
                        "<li><strong>16:45</strong> Rol-jokoa talde txikitan: dinamizatzailea, "
                        "ekintzailea eta behatzailea.</li>"
                        "<li><strong>17:30</strong> Bateratzea, ondorioak eta hurrengo "
                        "urratsak.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Norentzat:</strong> Urratsbat programan ekintzaileei laguntzen "
                        "dieten edo laguntzen hasiko diren dinamizatzaileentzat. Ez da aurretik "
                        "ESM prestakuntzarik egin behar.</p>"
                        "<p>Izena ematen dutenei saiorako esteka eta elkarrizketa-gidoiaren "
                        "txantiloia bidaliko dizkiegu, egun batzuk lehenago.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Sesión online de ESM: la primera entrevista con la persona emprendedora",
            "slug": "sesion-online-esm-primera-entrevista",
            "summary": (
                "Sesión online de dos horas para preparar y conducir la primera entrevista con una "
                "persona emprendedora: qué preguntar, cómo escuchar y cómo acordar los siguientes "
                "pasos."
            ),
            "search_description": (
                "Sesión online de ESM para personas dinamizadoras: técnicas y herramientas para "
                "preparar y conducir la primera entrevista con quien emprende."
            ),
            "image_alt": (
                "Ilustración en tonos azules: un sol y dos colinas y, sobre ellas, una red de "
                "nodos conectados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La primera entrevista con una persona emprendedora condiciona en gran "
                        "medida todo el acompañamiento posterior. En esta sesión trabajaremos, con "
                        "casos reales, las herramientas que ofrece la metodología ESM para "
                        "prepararla y conducirla.</p>"
                        "<p>La sesión es online, y recomendamos participar con la cámara y el "
                        "micrófono activados: los ejercicios prácticos se harán en grupos "
                        "pequeños.</p>"
                    ),
                ),
                ("heading", {"text": "Programa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>16:00</strong> Bienvenida y presentación de la sesión.</li>"
                        "<li><strong>16:15</strong> El guion de la primera entrevista: preguntas "
                        "clave y errores habituales.</li>"
                        "<li><strong>16:45</strong> Juego de roles en grupos pequeños: quien "
                        "dinamiza, quien emprende y quien observa.</li>"
                        "<li><strong>17:30</strong> Puesta en común, conclusiones y próximos "
                        "pasos.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Para quién:</strong> personas dinamizadoras que acompañan, o "
                        "van a empezar a acompañar, a quienes emprenden en el programa Urratsbat. "
                        "No es necesario haber hecho antes formación ESM.</p>"
                        "<p>Unos días antes enviaremos a las personas inscritas el enlace de la "
                        "sesión y la plantilla del guion de entrevista.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "ESM online session: the first interview with an entrepreneur",
            "slug": "esm-online-session-first-interview",
            "summary": (
                "A two-hour online session on preparing and leading the first interview with an "
                "entrepreneur: what to ask, how to listen and how to agree on next steps."
            ),
            "search_description": (
                "ESM online session for facilitators: techniques and tools for preparing and "
                "leading the first interview with an entrepreneur."
            ),
            "image_alt": (
                "Illustration in shades of blue: a sun and two hills, with a network of linked "
                "nodes above them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The first interview with an entrepreneur shapes much of the support "
                        "that follows. In this session we will use real cases to work with the "
                        "tools the ESM methodology offers for preparing and leading that "
                        "conversation.</p>"
                        "<p>The session is online, and we recommend joining with your camera and "
                        "microphone on: the practical exercises are done in small groups.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>16:00</strong> Welcome and introduction.</li>"
                        "<li><strong>16:15</strong> The first-interview guide: key questions and "
                        "common mistakes.</li>"
                        "<li><strong>16:45</strong> Role play in small groups: facilitator, "
                        "entrepreneur and observer.</li>"
                        "<li><strong>17:30</strong> Group discussion, conclusions and next "
                        "steps.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Who it is for:</strong> facilitators who support, or are about "
                        "to start supporting, entrepreneurs in the Urratsbat programme. No "
                        "previous ESM training is needed. The session is delivered in Basque and "
                        "Spanish.</p>"
                        "<p>A few days beforehand, we will send registered participants the "
                        "session link and a template for the interview guide.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-funding-workshop",
        "days_from_today": 13,
        "start": "17:00",
        "end": "19:30",
        "days": 1,
        "venue": "txorierri",
        "online": None,
        "programmes": ["urratsbat"],
        "audiences": ["entrepreneurs"],
        "languages": ["eu", "es"],
        "capacity": 30,
        "registration": True,
        "image": {"colour": "#c2410c", "motif": "steps"},
        "eu": {
            "title": "Tailerra: enpresa berri baten finantzaketa",
            "slug": "tailerra-enpresa-berrien-finantzaketa",
            "summary": (
                "Arratsaldeko tailer praktikoa, enpresa berri batek zenbat finantzaketa behar duen "
                "kalkulatzeko eta iturri egokienak aukeratzeko: baliabide propioak, laguntza "
                "publikoak, mailegu partizipatiboak eta banku-finantzaketa."
            ),
            "search_description": (
                "Urratsbat tailerra Txorierri LHIIn: enpresa berri baten finantzaketa-beharrak, "
                "laguntza publikoak eta maileguak."
            ),
            "image_alt": (
                "Ilustrazioa tonu laranjetan: eguzkia eta bi muino, eta haien gainean gorantz "
                "doazen zutabeak eta gezi bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Zenbat diru behar du enpresa batek abiatzeko, eta nondik atera "
                        "daiteke? Tailer honetan, zure proiektuaren hasierako inbertsioa eta lehen "
                        "hilabeteetako diruzaintza kalkulatzen ikasiko duzu, eta ekintzaileentzako "
                        "finantzaketa-iturri nagusiak ezagutuko dituzu.</p>"
                    ),
                ),
                ("heading", {"text": "Egitaraua", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>17:00</strong> Finantzaketa-beharrak: inbertsioa, abiatzeko "
                        "gastuak eta diruzaintza.</li>"
                        "<li><strong>17:45</strong> Iturriak: baliabide propioak, laguntza "
                        "publikoak, mailegu partizipatiboak eta bankuak.</li>"
                        "<li><strong>18:30</strong> Kasu praktikoa: finantzaketa-plan bat taldean "
                        "osatzea.</li>"
                        "<li><strong>19:15</strong> Galderak eta itxiera.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Norentzat:</strong> Urratsbat programan enpresa bat sortzen "
                        "ari diren edo sortu berri duten ekintzaileentzat.</p>"
                        "<p><strong>Zer ekarri:</strong> zure negozio-ideiaren zenbakiak, gutxi "
                        "gorabeherakoak badira ere, eta ordenagailu eramangarria, "
                        "kalkulu-orriarekin lan egiteko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Taller: cómo financiar una empresa nueva",
            "slug": "taller-financiar-empresa-nueva",
            "summary": (
                "Taller práctico de tarde para calcular cuánta financiación necesita una empresa "
                "nueva y elegir las fuentes más adecuadas: recursos propios, ayudas públicas, "
                "préstamos participativos y financiación bancaria."
            ),
            "search_description": (
                "Taller de Urratsbat en Txorierri LHII: necesidades de financiación de una empresa "
                "nueva, ayudas públicas y préstamos."
            ),
            "image_alt": (
                "Ilustración en tonos naranjas: un sol y dos colinas y, sobre ellas, columnas "
                "ascendentes y una flecha."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>¿Cuánto dinero necesita una empresa para arrancar y de dónde puede "
                        "salir? En este taller aprenderás a calcular la inversión inicial y la "
                        "tesorería de los primeros meses de tu proyecto, y conocerás las "
                        "principales fuentes de financiación para personas emprendedoras.</p>"
                    ),
                ),
                ("heading", {"text": "Programa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>17:00</strong> Necesidades de financiación: inversión, gastos "
                        "de puesta en marcha y tesorería.</li>"
                        "<li><strong>17:45</strong> Fuentes: recursos propios, ayudas públicas, "
                        "préstamos participativos y bancos.</li>"
                        "<li><strong>18:30</strong> Caso práctico: elaborar un plan de "
                        "financiación en grupo.</li>"
                        "<li><strong>19:15</strong> Preguntas y cierre.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Para quién:</strong> personas emprendedoras que están creando "
                        "una empresa en el programa Urratsbat o que la acaban de crear.</p>"
                        "<p><strong>Qué traer:</strong> las cifras de tu idea de negocio, aunque "
                        "sean aproximadas, y un portátil para trabajar con la hoja de cálculo.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Workshop: funding a new company",
            "slug": "workshop-funding-new-company",
            "summary": (
                "A hands-on late-afternoon workshop on working out how much funding a new company "
                "needs and choosing the right sources: own funds, public grants, participative "
                "loans and bank finance."
            ),
            "search_description": (
                "Urratsbat workshop at Txorierri LHII: how much funding a new company needs, "
                "public grants and loans."
            ),
            "image_alt": (
                "Illustration in shades of orange: a sun and two hills, with rising columns and an "
                "arrow standing on them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>How much money does a company need to get started, and where can it "
                        "come from? In this workshop you will learn to estimate the initial "
                        "investment and the cash flow for your project's first months, and find "
                        "out about the main sources of funding for entrepreneurs.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>17:00</strong> Funding needs: investment, start-up costs and "
                        "cash flow.</li>"
                        "<li><strong>17:45</strong> Sources: own funds, public grants, "
                        "participative loans and banks.</li>"
                        "<li><strong>18:30</strong> Case study: building a funding plan in "
                        "groups.</li>"
                        "<li><strong>19:15</strong> Questions and close.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Who it is for:</strong> entrepreneurs who are setting up a "
                        "company through the Urratsbat programme, or have just done so.</p>"
                        "<p><strong>What to bring:</strong> your business idea's figures, even "
                        "rough ones, and a laptop to work on the spreadsheet.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-foundation-course-bergara",
        "days_from_today": 24,
        "start": "09:00",
        "end": "14:00",
        "days": 3,
        "venue": "miguel-altuna",
        "online": None,
        "programmes": ["esm"],
        "audiences": ["facilitators"],
        "languages": ["eu"],
        "capacity": 20,
        "registration": True,
        "image": {"colour": "#1e3a8a", "motif": "steps"},
        "eu": {
            "title": "ESM oinarrizko ikastaroa dinamizatzaile berrientzat",
            "slug": "esm-oinarrizko-ikastaroa-bergara",
            "summary": (
                "Hiru goizeko ikastaro presentziala Bergaran, Urratsbateko ekintzaileei laguntzen "
                "hasi berri diren dinamizatzaileentzat: metodologiaren oinarriak, tresna nagusiak "
                "eta benetako kasuak."
            ),
            "search_description": (
                "ESM oinarrizko ikastaroa Miguel Altuna LHIIn: hiru goizeko prestakuntza praktikoa "
                "dinamizatzaile berrientzat."
            ),
            "image_alt": (
                "Ilustrazioa tonu urdin ilunetan: eguzkia eta bi muino, eta haien gainean gorantz "
                "doazen zutabeak eta gezi bat."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ikastaro hau programan sartu berri diren ekintzailetza-arduradunentzat "
                        "eta dinamizatzaileentzat da. Hiru goizetan, ESM metodologiaren ibilbide "
                        "osoa egingo dugu: ideia aztertzen den unetik enpresa eratu eta lehen "
                        "urratsak ematen dituen arte.</p>"
                        "<p>Saioak praktikoak izango dira, eta Urratsbat programako benetako "
                        "kasuekin egingo dugu lan. Ikastaroa Miguel Altuna LHIIn izango da, "
                        "Bergaran.</p>"
                    ),
                ),
                ("heading", {"text": "Ikastaroaren egitura", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Lehen eguna:</strong> dinamizatzailearen zeregina, lehen "
                        "elkarrizketa eta ideiaren azterketa.</li>"
                        "<li><strong>Bigarren eguna:</strong> negozio-eredua, bezero "
                        "potentzialekin balioztatzea eta bideragarritasun-plana.</li>"
                        "<li><strong>Hirugarren eguna:</strong> finantzaketa-iturriak, enpresa "
                        "eratzeko izapideak eta jarraipen-plana.</li></ul>"
                        "<p>Egun guztietan, saioa 09:00etan hasi eta 14:00etan amaituko da, "
                        "11:30ean atsedenaldi batekin.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Zer ekarri:</strong> ordenagailu eramangarria eta, ahal bada, "
                        "zure ikastetxean laguntzen ari zaren proiektu baten deskribapen laburra. "
                        "Hiru saioetara joaten direnek prestakuntza-ziurtagiria jasoko dute.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Curso básico de ESM para nuevas personas dinamizadoras",
            "slug": "curso-basico-esm-bergara",
            "summary": (
                "Curso presencial de tres mañanas en Bergara para las personas dinamizadoras que "
                "acaban de empezar a acompañar a quienes emprenden en Urratsbat: fundamentos de la "
                "metodología, herramientas principales y casos reales."
            ),
            "search_description": (
                "Curso básico de ESM en Miguel Altuna LHII: tres mañanas de formación práctica "
                "para nuevas personas dinamizadoras de los centros de FP."
            ),
            "image_alt": (
                "Ilustración en tonos azul oscuro: un sol y dos colinas y, sobre ellas, columnas "
                "ascendentes y una flecha."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Este curso está pensado para las personas responsables de "
                        "emprendimiento y dinamizadoras que se incorporan al programa. En tres "
                        "mañanas recorreremos todo el itinerario de la metodología ESM: desde el "
                        "análisis de la idea hasta la constitución de la empresa y sus primeros "
                        "pasos.</p>"
                        "<p>Las sesiones son prácticas y se trabaja con casos reales del programa "
                        "Urratsbat. El curso se imparte en euskera, en Miguel Altuna LHII "
                        "(Bergara).</p>"
                    ),
                ),
                ("heading", {"text": "Estructura del curso", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Primer día:</strong> el papel de la persona dinamizadora, la "
                        "primera entrevista y el análisis de la idea.</li>"
                        "<li><strong>Segundo día:</strong> modelo de negocio, validación con "
                        "clientes potenciales y plan de viabilidad.</li>"
                        "<li><strong>Tercer día:</strong> fuentes de financiación, trámites de "
                        "constitución y plan de seguimiento.</li></ul>"
                        "<p>Todos los días, la sesión empieza a las 09:00 y termina a las 14:00, "
                        "con una pausa a las 11:30.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Qué traer:</strong> un portátil y, si es posible, una breve "
                        "descripción de algún proyecto que estés acompañando en tu centro. Quienes "
                        "asistan a las tres sesiones recibirán un certificado de formación.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "ESM foundation course for new facilitators",
            "slug": "esm-foundation-course-bergara",
            "summary": (
                "A three-morning, in-person course in Bergara for facilitators who have just "
                "started supporting Urratsbat entrepreneurs: the basics of the methodology, its "
                "main tools and real cases."
            ),
            "search_description": (
                "ESM foundation course at Miguel Altuna LHII: three mornings of hands-on training "
                "for new facilitators in VET centres."
            ),
            "image_alt": (
                "Illustration in shades of dark blue: a sun and two hills, with rising columns and "
                "an arrow standing on them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>This course is designed for entrepreneurship coordinators and "
                        "facilitators who are new to the programme. Over three mornings we will "
                        "cover the whole ESM pathway, from analysing an idea to setting up the "
                        "company and taking its first steps.</p>"
                        "<p>The sessions are hands-on and based on real Urratsbat cases. The "
                        "course is taught in Basque at Miguel Altuna LHII in Bergara.</p>"
                    ),
                ),
                ("heading", {"text": "Course outline", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Day one:</strong> the facilitator's role, the first interview "
                        "and analysing the idea.</li>"
                        "<li><strong>Day two:</strong> business model, validation with potential "
                        "customers and viability plan.</li>"
                        "<li><strong>Day three:</strong> sources of funding, incorporation "
                        "paperwork and follow-up plan.</li></ul>"
                        "<p>Each day runs from 09:00 to 14:00, with a break at 11:30.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>What to bring:</strong> a laptop and, if possible, a short "
                        "description of a project you are supporting at your centre. Participants "
                        "who attend all three sessions will receive a training certificate.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-projects-day-eibar",
        "days_from_today": 38,
        "start": "09:30",
        "end": "14:00",
        "days": 1,
        "venue": "armeria-eskola",
        "online": None,
        "programmes": ["tkgune"],
        "audiences": ["smes", "facilitators"],
        "languages": ["eu", "es"],
        "capacity": 120,
        "registration": True,
        "image": {"colour": "#0f766e", "motif": "circles"},
        "eu": {
            "title": "TKgune proiektuen jardunaldia: ikastetxeak eta ETEak elkarrekin",
            "slug": "tkgune-proiektuen-jardunaldia-eibar",
            "summary": (
                "Lanbide Heziketako ikastetxeek eta ETEek elkarrekin garatutako TKgune proiektuak "
                "aurkeztuko dira Armeria Eskolan, eta enpresek beren erronkak ikastetxeekin "
                "partekatzeko aukera izango dute."
            ),
            "search_description": (
                "TKgune jardunaldia Eibarren: LH ikastetxeen eta ETEen arteko "
                "berrikuntza-proiektuak, esperientziak eta erronken mahaiak."
            ),
            "image_alt": (
                "Ilustrazioa tonu berde urdinxketan: eguzkia eta bi muino, eta haien gainean "
                "elkarri lotutako bi engranaje."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Jardunaldi honetan, ikasturte honetako TKgune proiektu batzuen "
                        "emaitzak ezagutuko ditugu, proiektuetan parte hartu duten irakasleen eta "
                        "enpresetako langileen ahotik. Fabrikazio aurreratua, energia eta "
                        "industria digitala izango dira gai nagusiak.</p>"
                        "<p>Goizaren bigarren zatian, enpresek beren erronkak azalduko dizkiete "
                        "ikastetxeei, mahai txikitan, proiektu berriak abiatzeko asmoz.</p>"
                    ),
                ),
                ("heading", {"text": "Egitaraua", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Harrera eta kafea.</li>"
                        "<li><strong>10:00</strong> Ongietorria eta TKgune programaren "
                        "aurkezpena.</li>"
                        "<li><strong>10:20</strong> Lau proiekturen aurkezpena, ikastetxeak eta "
                        "enpresak elkarrekin azalduta.</li>"
                        "<li><strong>11:45</strong> Erronken mahaiak: ETEak eta ikastetxeak aurrez "
                        "aurre.</li>"
                        "<li><strong>13:30</strong> Ondorioak eta amaiera.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Norentzat:</strong> ikastetxeekin elkarlanean aritu nahi duten "
                        "ETEentzat eta TKgune proiektuak bultzatzen dituzten irakasleentzat. "
                        "Erronka bat partekatu nahi baduzu, adierazi izena ematean, eta mahai "
                        "egokian gordeko dizugu lekua.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Jornada de proyectos TKgune: centros de FP y pymes, de la mano",
            "slug": "jornada-proyectos-tkgune-eibar",
            "summary": (
                "Armeria Eskola acoge la presentación de proyectos TKgune desarrollados "
                "conjuntamente por centros de FP y pymes, y las empresas podrán compartir sus "
                "retos con los centros."
            ),
            "search_description": (
                "Jornada TKgune en Eibar: proyectos de innovación entre centros de FP y pymes, "
                "experiencias y mesas de retos."
            ),
            "image_alt": (
                "Ilustración en tonos verde azulado: un sol y dos colinas y, sobre ellas, dos "
                "engranajes encajados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>En esta jornada conoceremos los resultados de varios proyectos TKgune "
                        "de este curso, contados por el profesorado y por el personal de las "
                        "empresas que han participado en ellos. Los temas principales serán la "
                        "fabricación avanzada, la energía y la industria digital.</p>"
                        "<p>En la segunda parte de la mañana, las empresas expondrán sus retos a "
                        "los centros en mesas reducidas, con la vista puesta en nuevos "
                        "proyectos.</p>"
                    ),
                ),
                ("heading", {"text": "Programa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Acreditación y café.</li>"
                        "<li><strong>10:00</strong> Bienvenida y presentación del programa "
                        "TKgune.</li>"
                        "<li><strong>10:20</strong> Cuatro proyectos, presentados a dos voces por "
                        "el centro y la empresa.</li>"
                        "<li><strong>11:45</strong> Mesas de retos: pymes y centros, cara a "
                        "cara.</li>"
                        "<li><strong>13:30</strong> Conclusiones y cierre.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Para quién:</strong> pymes interesadas en colaborar con "
                        "centros de FP y profesorado que impulsa proyectos TKgune. Si quieres "
                        "compartir un reto, indícalo al inscribirte y te reservaremos sitio en la "
                        "mesa adecuada.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "TKgune projects day: VET centres and SMEs working together",
            "slug": "tkgune-projects-day-eibar",
            "summary": (
                "Armeria Eskola hosts presentations of TKgune projects carried out jointly by VET "
                "centres and SMEs, and companies will have the chance to share their challenges "
                "with the centres."
            ),
            "search_description": (
                "TKgune projects day in Eibar: innovation projects between VET centres and SMEs, "
                "first-hand experiences and challenge tables."
            ),
            "image_alt": (
                "Illustration in shades of teal: a sun and two hills, with two meshed gears "
                "standing on them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>At this event we will hear the results of several TKgune projects from "
                        "this academic year, presented by the teachers and company staff who took "
                        "part in them. The main themes are advanced manufacturing, energy and "
                        "digital industry.</p>"
                        "<p>In the second half of the morning, companies will present their "
                        "challenges to the centres at small tables, with a view to starting new "
                        "projects.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>09:30</strong> Registration and coffee.</li>"
                        "<li><strong>10:00</strong> Welcome and introduction to TKgune.</li>"
                        "<li><strong>10:20</strong> Four projects, each presented jointly by the "
                        "centre and the company.</li>"
                        "<li><strong>11:45</strong> Challenge tables: SMEs and centres face to "
                        "face.</li>"
                        "<li><strong>13:30</strong> Conclusions and close.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Who it is for:</strong> SMEs interested in working with VET "
                        "centres, and teachers who lead TKgune projects. If you would like to "
                        "share a challenge, mention it when you register and we will save you a "
                        "seat at the right table.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-student-bootcamp",
        "days_from_today": 62,
        "start": "09:00",
        "end": "14:00",
        "days": 2,
        "venue": "usurbil",
        "online": None,
        "programmes": ["urratsbat"],
        "audiences": ["students"],
        "languages": ["eu"],
        "capacity": 30,
        "registration": True,
        "image": {"colour": "#ea580c", "motif": "circles"},
        "eu": {
            "title": "Ideiatik proiektura: bootcampa Lanbide Heziketako ikasleentzat",
            "slug": "ideiatik-proiektura-bootcampa",
            "summary": (
                "Bi goiz trinko Usurbil LHIIn, Lanbide Heziketako ikasleek beren negozio-ideia "
                "landu, bezero potentzialekin probatu eta epaimahai baten aurrean aurkez dezaten."
            ),
            "search_description": (
                "Urratsbat bootcampa ikasleentzat Usurbil LHIIn: bi goizetan, landu, probatu eta "
                "aurkeztu zure negozio-ideia."
            ),
            "image_alt": (
                "Ilustrazioa tonu laranja argietan: eguzkia eta bi muino, eta haien gainean "
                "elkarri lotutako bi engranaje."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Negozio-ideia bat duzu buruan, edo ideia baten bila zabiltza? Bi "
                        "goizetan, taldean lan eginez, ideia bat proiektu bihurtzeko lehen "
                        "urratsak emango dituzu, Urratsbateko dinamizatzaileen eta komunitateko "
                        "ekintzaileen laguntzarekin.</p>"
                    ),
                ),
                ("heading", {"text": "Egitaraua", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Lehen goizean:</strong> taldeak osatu, arazoa eta bezeroa "
                        "definitu, eta kalera irten ideia bezero potentzialekin probatzera.</li>"
                        "<li><strong>Bigarren goizean:</strong> negozio-eredua osatu, aurkezpena "
                        "prestatu eta, 12:30etik aurrera, epaimahaiaren aurrean aurkeztu.</li></ul>"
                        "<p>Bi egunetan, saioak 09:00etan hasi eta 14:00etan amaituko dira.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Norentzat:</strong> edozein zikloko ikasleentzat, ideiarik "
                        "izan ala ez. Bakarka edo taldean eman dezakezu izena.</p>"
                        "<p><strong>Zer ekarri:</strong> ordenagailu eramangarria edo tableta, eta "
                        "gogo handia. Proiektu onenek Urratsbat programan jarraitzeko aukera "
                        "izango dute.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "De la idea al proyecto: bootcamp para alumnado de FP",
            "slug": "de-la-idea-al-proyecto-bootcamp",
            "summary": (
                "Dos mañanas intensivas en Usurbil LHII para que el alumnado de FP trabaje su idea "
                "de negocio, la pruebe con clientes potenciales y la presente ante un jurado."
            ),
            "search_description": (
                "Bootcamp de Urratsbat para alumnado de FP en Usurbil LHII: en dos mañanas, "
                "trabaja tu idea de negocio, pruébala y preséntala."
            ),
            "image_alt": (
                "Ilustración en tonos naranja claro: un sol y dos colinas y, sobre ellas, dos "
                "engranajes encajados."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>¿Tienes una idea de negocio en mente o te gustaría encontrar una? En "
                        "dos mañanas de trabajo en equipo darás los primeros pasos para convertir "
                        "una idea en un proyecto, con el apoyo de las personas dinamizadoras de "
                        "Urratsbat y de emprendedores de la comunidad. El bootcamp se desarrolla "
                        "en euskera.</p>"
                    ),
                ),
                ("heading", {"text": "Programa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Primera mañana:</strong> formar los equipos, definir el "
                        "problema y el cliente, y salir a la calle a probar la idea con clientes "
                        "potenciales.</li>"
                        "<li><strong>Segunda mañana:</strong> completar el modelo de negocio, "
                        "preparar la presentación y, a partir de las 12:30, defenderla ante el "
                        "jurado.</li></ul>"
                        "<p>Los dos días, las sesiones empiezan a las 09:00 y terminan a las "
                        "14:00.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Para quién:</strong> alumnado de cualquier ciclo, tenga o no "
                        "una idea. Puedes inscribirte individualmente o en equipo.</p>"
                        "<p><strong>Qué traer:</strong> un portátil o una tableta, y muchas ganas. "
                        "Los mejores proyectos podrán continuar en el programa Urratsbat.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "From idea to project: a bootcamp for VET students",
            "slug": "from-idea-to-project-bootcamp",
            "summary": (
                "Two intensive mornings at Usurbil LHII where VET students develop a business "
                "idea, test it with potential customers and pitch it to a panel."
            ),
            "search_description": (
                "Urratsbat bootcamp for VET students at Usurbil LHII: develop, test and pitch a "
                "business idea in two mornings."
            ),
            "image_alt": (
                "Illustration in shades of light orange: a sun and two hills, with two meshed "
                "gears standing on them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Do you have a business idea, or would you like to find one? Over two "
                        "mornings of teamwork you will take the first steps in turning an idea "
                        "into a project, with support from Urratsbat facilitators and "
                        "entrepreneurs from the community. The bootcamp is run in Basque.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>First morning:</strong> form teams, define the problem and "
                        "the customer, and go out to test the idea with potential customers.</li>"
                        "<li><strong>Second morning:</strong> complete the business model, prepare "
                        "the pitch and, from 12:30, present it to the panel.</li></ul>"
                        "<p>On both days, sessions run from 09:00 to 14:00.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Who it is for:</strong> students on any course, whether or not "
                        "they already have an idea. You can sign up on your own or as a team.</p>"
                        "<p><strong>What to bring:</strong> a laptop or tablet, and plenty of "
                        "enthusiasm. The best projects will be able to continue in the Urratsbat "
                        "programme.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-annual-meeting",
        "days_from_today": 120,
        "days": 1,
        "venue": "egibide",
        "online": None,
        "programmes": ["community", "urratsbat"],
        "audiences": ["entrepreneurs", "facilitators", "students"],
        "languages": ["eu", "es"],
        "capacity": 250,
        "registration": True,
        "image": {"colour": "#b45309", "motif": "waves"},
        "eu": {
            "title": "Urratsbat urteko topaketa eta sariak",
            "slug": "urratsbat-urteko-topaketa-sariak",
            "summary": (
                "Urratsbat komunitatearen urteko topaketa Egibiden: egun osoko jardunaldia, "
                "ekintzaileen esperientziekin, enpresen arteko bilerekin eta Urratsbat sarien "
                "banaketarekin."
            ),
            "search_description": (
                "Urratsbat urteko topaketa Vitoria-Gasteizen: ekintzaileen esperientziak, enpresen "
                "arteko bilerak eta Urratsbat sarien banaketa."
            ),
            "image_alt": (
                "Ilustrazioa tonu okreetan: eguzkia eta bi muino, eta haien aurrean uhinak."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urtean behin elkartzen gara Urratsbat programako ekintzaileak, "
                        "ikastetxeetako dinamizatzaileak eta ekintzailetzan interesa duten "
                        "ikasleak. Oraingoan Egibidek hartuko du topaketa, Vitoria-Gasteizen, eta "
                        "egun osoko egitaraua prestatu dugu.</p>"
                    ),
                ),
                ("heading", {"text": "Egitaraua", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Goizean:</strong> urteko datuen aurkezpena, eta komunitateko "
                        "hiru enpresaren esperientziak, lehen bezerotik lehen langilea kontratatu "
                        "arte.</li>"
                        "<li><strong>Eguerdian:</strong> bazkaria, eta enpresen arteko bilera "
                        "laburrak, aldez aurretik antolatuta.</li>"
                        "<li><strong>Arratsaldean:</strong> tailer praktikoak, eta Urratsbat "
                        "sarien banaketa: enpresa-proiektu onena, berrikuntza eta ikasle "
                        "ekintzailea.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Norentzat:</strong> komunitateko enpresentzat, Urratsbaten "
                        "parte hartzen duten ikastetxeetako dinamizatzaileentzat eta enpresa bat "
                        "sortzeko ideia duten ikasleentzat. Izena ematean, adierazi enpresen "
                        "arteko bileretan parte hartu nahi duzun.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Encuentro anual y premios Urratsbat",
            "slug": "encuentro-anual-premios-urratsbat",
            "summary": (
                "El encuentro anual de la comunidad Urratsbat en Egibide: una jornada completa con "
                "experiencias de personas emprendedoras, reuniones entre empresas y la entrega de "
                "los premios Urratsbat."
            ),
            "search_description": (
                "Encuentro anual Urratsbat en Vitoria-Gasteiz: experiencias de emprendimiento, "
                "reuniones entre empresas y entrega de los premios Urratsbat."
            ),
            "image_alt": "Ilustración en tonos ocre: un sol y dos colinas, con olas delante.",
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Una vez al año nos reunimos las personas emprendedoras del programa "
                        "Urratsbat, las personas dinamizadoras de los centros y el alumnado "
                        "interesado en emprender. En esta ocasión el encuentro se celebra en "
                        "Egibide, en Vitoria-Gasteiz, con un programa de día completo.</p>"
                    ),
                ),
                ("heading", {"text": "Programa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Por la mañana:</strong> presentación de los datos del año y "
                        "experiencias de tres empresas de la comunidad, del primer cliente a la "
                        "primera contratación.</li>"
                        "<li><strong>A mediodía:</strong> comida y reuniones breves entre "
                        "empresas, concertadas de antemano.</li>"
                        "<li><strong>Por la tarde:</strong> talleres prácticos y entrega de los "
                        "premios Urratsbat: mejor proyecto empresarial, innovación y alumnado "
                        "emprendedor.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Para quién:</strong> empresas de la comunidad, personas "
                        "dinamizadoras de los centros que participan en Urratsbat y alumnado con "
                        "una idea de empresa. Al inscribirte, indica si quieres participar en las "
                        "reuniones entre empresas.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Urratsbat annual meeting and awards",
            "slug": "urratsbat-annual-meeting-awards",
            "summary": (
                "The Urratsbat community's annual meeting at Egibide: a full day of entrepreneurs' "
                "stories, meetings between companies and the Urratsbat awards ceremony."
            ),
            "search_description": (
                "Urratsbat annual meeting in Vitoria-Gasteiz: entrepreneurs' stories, meetings "
                "between companies and the Urratsbat awards."
            ),
            "image_alt": (
                "Illustration in shades of ochre: a sun and two hills, with waves rolling in front "
                "of them."
            ),
            "address": "",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Once a year, Urratsbat entrepreneurs, facilitators from the centres "
                        "and students interested in starting a business come together. This time "
                        "the meeting is hosted by Egibide in Vitoria-Gasteiz, with a full-day "
                        "programme.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>Morning:</strong> the year's figures, and stories from three "
                        "community companies, from first customer to first hire.</li>"
                        "<li><strong>Midday:</strong> lunch and short, pre-arranged meetings "
                        "between companies.</li>"
                        "<li><strong>Afternoon:</strong> practical workshops and the Urratsbat "
                        "awards: best business project, innovation and student "
                        "entrepreneur.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Who it is for:</strong> community companies, facilitators from "
                        "centres taking part in Urratsbat, and students with a business idea. When "
                        "you register, let us know if you would like to join the meetings between "
                        "companies.</p>"
                    ),
                ),
            ],
        },
    },
]


# People from the demo companies who registered for the coming events.
ATTENDEES = [
    "Ane Etxeberria",
    "Mikel Goikoetxea",
    "Nerea Arrieta",
    "Iñaki Zubiaurre",
    "Leire Mendizabal",
    "Unai Agirre",
    "Maite Larrañaga",
    "Jon Urrutia",
    "Amaia Olabarria",
    "Xabier Iturbe",
    "Garazi Elorza",
    "Asier Madariaga",
]
