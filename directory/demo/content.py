"""Demo directory for seed_demo: fictional Urratsbat alumni companies, in three languages."""

# Sector slugs are shared by every language; the names are translated.
SECTORS = [
    {
        "slug": "robotics-automation",
        "eu": "Robotika eta automatizazioa",
        "es": "Robótica y automatización",
        "en": "Robotics and automation",
    },
    {
        "slug": "advanced-manufacturing",
        "eu": "Fabrikazio aurreratua",
        "es": "Fabricación avanzada",
        "en": "Advanced manufacturing",
    },
    {
        "slug": "renewable-energy",
        "eu": "Energia berriztagarriak",
        "es": "Energías renovables",
        "en": "Renewable energy",
    },
    {
        "slug": "food-gastronomy",
        "eu": "Elikadura eta gastronomia",
        "es": "Alimentación y gastronomía",
        "en": "Food and gastronomy",
    },
    {
        "slug": "digital-services",
        "eu": "Zerbitzu digitalak eta softwarea",
        "es": "Servicios digitales y software",
        "en": "Digital services and software",
    },
    {
        "slug": "design-communication",
        "eu": "Diseinua eta komunikazioa",
        "es": "Diseño y comunicación",
        "en": "Design and communication",
    },
    {
        "slug": "health-care",
        "eu": "Osasuna eta zaintza",
        "es": "Salud y cuidados",
        "en": "Health and care",
    },
    {
        "slug": "sustainable-construction",
        "eu": "Eraikuntza jasangarria",
        "es": "Construcción sostenible",
        "en": "Sustainable construction",
    },
    {
        "slug": "agriculture-forestry",
        "eu": "Nekazaritza eta basogintza",
        "es": "Agricultura y silvicultura",
        "en": "Agriculture and forestry",
    },
    {
        "slug": "mobility-logistics",
        "eu": "Mugikortasuna eta logistika",
        "es": "Movilidad y logística",
        "en": "Mobility and logistics",
    },
]


# VET centre names are proper nouns, the same in every language.
VET_CENTRES = [
    {
        "slug": "miguel-altuna",
        "name": "Miguel Altuna LHII",
        "town": "Bergara",
        "territory": "gipuzkoa",
        "website": "https://www.miguelaltuna.eus",
    },
    {
        "slug": "usurbil",
        "name": "Usurbil LHII",
        "town": "Usurbil",
        "territory": "gipuzkoa",
        "website": "https://www.usurbillhii.eus",
    },
    {
        "slug": "armeria-eskola",
        "name": "Armeria Eskola",
        "town": "Eibar",
        "territory": "gipuzkoa",
        "website": "https://www.armeriaeskola.eus",
    },
    {
        "slug": "easo",
        "name": "Easo Politeknikoa",
        "town": "Donostia",
        "territory": "gipuzkoa",
        "website": "https://www.easo.eus",
    },
    {
        "slug": "txorierri",
        "name": "Txorierri LHII",
        "town": "Derio",
        "territory": "bizkaia",
        "website": "https://www.txorierri.eus",
    },
    {
        "slug": "nicolas-larburu",
        "name": "Nicolas Larburu LHII",
        "town": "Barakaldo",
        "territory": "bizkaia",
        "website": "https://www.nicolaslarburu.eus",
    },
    {
        "slug": "iurreta",
        "name": "Iurreta LHII",
        "town": "Iurreta",
        "territory": "bizkaia",
        "website": "https://www.iurretalhii.eus",
    },
    {
        "slug": "egibide",
        "name": "Egibide",
        "town": "Vitoria-Gasteiz",
        "territory": "araba",
        "website": "https://www.egibide.org",
    },
]


INDEX = {
    "eu": {
        "title": "Enpresen direktorioa",
        "slug": "direktorioa",
        "seo_title": "Urratsbateko enpresen direktorioa",
        "search_description": (
            "Lanbide Heziketako ikastetxeetan Urratsbaten laguntzaz sortutako enpresak: bilatu "
            "sektorearen, ikastetxearen edo lurraldearen arabera."
        ),
        "intro": (
            "<p>Azken hamar urteetan, Lanbide Heziketako ikasleek eta ikasle ohiek ehunka enpresa "
            "sortu dituzte Urratsbaten laguntzaz, ikastetxeetako ekintzailetza-zerbitzuaren bidez. "
            "Direktorio honetan haietako batzuk aurkituko dituzu: bilatu sektorearen, "
            "ikastetxearen edo lurraldearen arabera, eta jarri harremanetan haiekin zuzenean.</p>"
        ),
    },
    "es": {
        "title": "Directorio de empresas",
        "slug": "directorio",
        "seo_title": "Directorio de empresas Urratsbat",
        "search_description": (
            "Empresas creadas con el apoyo de Urratsbat en centros de FP del País Vasco: busca por "
            "sector, centro o territorio."
        ),
        "intro": (
            "<p>En los últimos diez años, alumnado y antiguo alumnado de Formación Profesional ha "
            "creado cientos de empresas con el apoyo de Urratsbat, el servicio de emprendimiento "
            "de los centros. En este directorio encontrarás algunas de ellas: busca por sector, "
            "centro o territorio y contacta directamente con ellas.</p>"
        ),
    },
    "en": {
        "title": "Company directory",
        "slug": "directory",
        "seo_title": "Urratsbat company directory",
        "search_description": (
            "Companies created with support from Urratsbat in Basque VET centres: search by "
            "sector, centre or territory."
        ),
        "intro": (
            "<p>Over the last ten years, vocational education and training students and alumni "
            "have created hundreds of companies with support from Urratsbat, the business-creation "
            "service in VET centres. This directory lists some of them: search by sector, centre "
            "or territory and get in touch with them directly.</p>"
        ),
    },
}


# Fictional companies: names, e-mail addresses and web sites are made up, and every address
# uses the reserved .example domain. Texts are written natively in each language.
COMPANIES = [
    {
        "slug": "txirbil-mekanizazioak",
        "name": "Txirbil Mekanizazioak",
        "logo_colour": "#3d5a80",
        "sectors": ["advanced-manufacturing"],
        "centre": "miguel-altuna",
        "cohort_year": 2016,
        "founded_year": 2017,
        "territory": "gipuzkoa",
        "town": "Bergara",
        "website": "https://txirbil.example",
        "email": "bulegoa@txirbil.example",
        "phone": "+34 943 000 114",
        "linkedin_url": "https://www.linkedin.com/company/txirbil-mekanizazioak-example",
        "instagram_url": "",
        "team_size": "11-50",
        "open_to": ["clients", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Doitasun handiko mekanizazio-tailerra: CNC torneaketa eta fresaketa, "
                "prototipoetatik serie ertainetara"
            ),
            "description": (
                "<p>Miguel Altunako mekanizazio-zikloko hiru ikaskidek sortu zuten Txirbil "
                "Bergaran, 2017an. Gaur egun <strong>bost ardatzeko fresaketa</strong> eta CNC "
                "torneaketa eskaintzen dizkiete makina-erremintaren, automobilgintzaren eta "
                "energiaren sektoreetako enpresei, prototipoetatik hasi eta serie "
                "ertainetaraino.</p>"
                "<p>Lehen urtean, Urratsbaten bidez, ikastetxeko tailerra erabili zuten lehen "
                "eskaerak betetzeko, eta aholkularitza jaso zuten negozio-plana prestatzeko. Gaur "
                "egun ia hogeita hamar lagun dira, eta urtero ikastetxeko ikasleak hartzen dituzte "
                "praktiketan.</p>"
            ),
            "services": ["CNC fresaketa", "CNC torneaketa", "Prototipoak", "Serie ertainak"],
            "search_description": (
                "Txirbil Mekanizazioak, Bergarako doitasun-mekanizazio tailerra: CNC fresaketa eta "
                "torneaketa industriarentzat, prototipoetatik serie ertainetara."
            ),
        },
        "es": {
            "tagline": (
                "Taller de mecanizado de precisión: torneado y fresado CNC, del prototipo a la "
                "serie media"
            ),
            "description": (
                "<p>Tres compañeros del ciclo de mecanizado de Miguel Altuna fundaron Txirbil en "
                "Bergara en 2017. Hoy ofrecen <strong>fresado en cinco ejes</strong> y torneado "
                "CNC a empresas de máquina-herramienta, automoción y energía, desde el prototipo "
                "hasta la serie media.</p>"
                "<p>Durante el primer año, gracias a Urratsbat, usaron el taller del centro para "
                "atender los primeros pedidos y recibieron asesoramiento para preparar el plan de "
                "negocio. Hoy son casi treinta personas y cada año acogen alumnado del centro en "
                "prácticas.</p>"
            ),
            "services": ["Fresado CNC", "Torneado CNC", "Prototipos", "Series medias"],
            "search_description": (
                "Txirbil Mekanizazioak, taller de mecanizado de precisión en Bergara: fresado y "
                "torneado CNC para la industria, del prototipo a la serie media."
            ),
        },
        "en": {
            "tagline": (
                "Precision machining workshop: CNC turning and milling, from prototypes to "
                "medium-volume runs"
            ),
            "description": (
                "<p>Three classmates from the machining programme at Miguel Altuna founded Txirbil "
                "in Bergara in 2017. Today they offer <strong>five-axis milling</strong> and CNC "
                "turning to machine-tool, automotive and energy companies, from prototypes to "
                "medium-volume runs.</p>"
                "<p>In their first year, through Urratsbat, they used the centre's workshop to "
                "fulfil their first orders and got advice on their business plan. They are now a "
                "team of almost thirty and take on students from the centre as interns every "
                "year.</p>"
            ),
            "services": ["CNC milling", "CNC turning", "Prototypes", "Medium-volume runs"],
            "search_description": (
                "Txirbil Mekanizazioak, a precision machining workshop in Bergara: CNC milling and "
                "turning for industry, from prototypes to medium-volume runs."
            ),
        },
    },
    {
        "slug": "ego-mikromekanika",
        "name": "Ego Mikromekanika",
        "logo_colour": "#1d7874",
        "sectors": ["advanced-manufacturing", "health-care"],
        "centre": "armeria-eskola",
        "cohort_year": 2018,
        "founded_year": 2018,
        "territory": "gipuzkoa",
        "town": "Eibar",
        "website": "https://egomikro.example",
        "email": "info@egomikro.example",
        "phone": "+34 943 000 208",
        "linkedin_url": "https://www.linkedin.com/company/ego-mikromekanika-example",
        "instagram_url": "",
        "team_size": "11-50",
        "open_to": ["clients", "partners", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Gailu medikoetarako eta hortz-inplanteetarako pieza txikien mikromekanizazioa, "
                "titanioan eta altzairu herdoilgaitzean"
            ),
            "description": (
                "<p>Ego Mikromekanikak milimetro gutxiko piezak ekoizten ditu osasun-sektorerako: "
                "hortz-inplanteetarako torlojuak, kirurgia-tresnen osagaiak eta gailu "
                "medikoetarako konektoreak. Tailerrak <strong>ISO 13485</strong> arauaren "
                "ziurtagiria du, eta pieza bakoitzaren trazabilitatea bermatzen du.</p>"
                "<p>Armeria Eskolako bi ikasle ohik sortu zuten enpresa, Urratsbaten "
                "laguntzarekin. Ikastetxearekin lankidetzan jarraitzen dute: TKgune proiektuetan "
                "parte hartzen dute, eta <em>Swiss-type</em> torneaketari buruzko saioak ematen "
                "dizkiete ikasleei. Gaur egun hogei langile baino gehiago ditu, eta Europako hamar "
                "herrialdetara esportatzen ditu piezak.</p>"
            ),
            "services": ["Mikromekanizazioa", "Swiss-type torneaketa", "Gailu medikoak"],
            "search_description": (
                "Ego Mikromekanika, Eibar: ISO 13485 ziurtagiria duen mikromekanizazio-tailerra, "
                "gailu medikoetarako eta hortz-inplanteetarako piezak ekoizten dituena."
            ),
        },
        "es": {
            "tagline": (
                "Micromecanizado de piezas pequeñas para dispositivos médicos e implantes "
                "dentales, en titanio y acero inoxidable"
            ),
            "description": (
                "<p>Ego Mikromekanika fabrica piezas de pocos milímetros para el sector sanitario: "
                "tornillos para implantes dentales, componentes de instrumental quirúrgico y "
                "conectores para dispositivos médicos. El taller está certificado según la norma "
                "<strong>ISO 13485</strong> y garantiza la trazabilidad de cada pieza.</p>"
                "<p>Dos antiguos alumnos de Armeria Eskola crearon la empresa con el apoyo de "
                "Urratsbat. Siguen colaborando con el centro: participan en proyectos TKgune e "
                "imparten al alumnado sesiones de torneado <em>Swiss-type</em>. Hoy cuenta con más "
                "de veinte personas en plantilla y exporta sus piezas a diez países europeos.</p>"
            ),
            "services": ["Micromecanizado", "Torneado Swiss-type", "Dispositivos médicos"],
            "search_description": (
                "Ego Mikromekanika, Eibar: taller de micromecanizado con certificación ISO 13485 "
                "que fabrica piezas para dispositivos médicos e implantes dentales."
            ),
        },
        "en": {
            "tagline": (
                "Micromachining of small parts for medical devices and dental implants, in "
                "titanium and stainless steel"
            ),
            "description": (
                "<p>Ego Mikromekanika manufactures parts just a few millimetres in size for the "
                "health sector: screws for dental implants, components for surgical instruments "
                "and connectors for medical devices. The workshop is <strong>ISO 13485</strong> "
                "certified and guarantees the traceability of every part.</p>"
                "<p>Two former Armeria Eskola students set up the company with support from "
                "Urratsbat. They still work closely with the school, taking part in TKgune "
                "projects and teaching <em>Swiss-type</em> turning classes to students. The "
                "company now employs more than twenty people and exports its parts to ten European "
                "countries.</p>"
            ),
            "services": ["Micromachining", "Swiss-type turning", "Medical devices"],
            "search_description": (
                "Ego Mikromekanika, Eibar: an ISO 13485-certified micromachining workshop making "
                "parts for medical devices and dental implants."
            ),
        },
    },
    {
        "slug": "geruza-3d",
        "name": "Geruza 3D",
        "logo_colour": "#e07a5f",
        "sectors": ["advanced-manufacturing", "design-communication"],
        "centre": "armeria-eskola",
        "cohort_year": 2016,
        "founded_year": 2016,
        "territory": "gipuzkoa",
        "town": "Eibar",
        "website": "https://geruza3d.example",
        "email": "kaixo@geruza3d.example",
        "phone": "+34 943 000 351",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/geruza3d_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "3D inprimaketa zerbitzua: prototipoak, ordezko piezak eta serie laburrak, "
                "diseinutik pieza amaitura arte"
            ),
            "description": (
                "<p>Geruza 3Dk fabrikazio gehigarriko zerbitzu osoa eskaintzen die enpresei, "
                "diseinatzaileei eta partikularrei. Piezak FDM, erretxina eta <strong>nylon "
                "sinterizatu</strong> bidez inprimatzen dituzte, eta diseinu-fasean ere laguntzen "
                "dute, pieza bakoitza inprimatzeko prestatzeko.</p>"
                "<p>Eibarren hasi ziren, Urratsbatek Armeria Eskolan utzitako bulego batean, bi "
                "inprimagailu eta enkargu gutxi batzuekin. Gaur egun, makina-erremintako "
                "enpresentzako ordezko piezak dira haien lanaren erdia, eta gainerakoa, diseinu- "
                "eta arkitektura-estudioentzako maketak eta prototipoak.</p>"
            ),
            "services": ["3D inprimaketa", "Prototipoak", "Ordezko piezak", "Maketak"],
            "search_description": (
                "Geruza 3D, Eibarko 3D inprimaketa zerbitzua: prototipoak, ordezko piezak eta "
                "maketak FDM, erretxina eta nylon sinterizatuan."
            ),
        },
        "es": {
            "tagline": (
                "Servicio de impresión 3D: prototipos, piezas de repuesto y series cortas, del "
                "diseño a la pieza acabada"
            ),
            "description": (
                "<p>Geruza 3D ofrece un servicio completo de fabricación aditiva para empresas, "
                "estudios de diseño y particulares. Imprimen piezas en FDM, resina y "
                "<strong>nailon sinterizado</strong>, y también ayudan en la fase de diseño para "
                "preparar cada pieza para la impresión.</p>"
                "<p>Empezaron en Eibar, en un despacho cedido por Urratsbat en Armeria Eskola, con "
                "dos impresoras y unos pocos encargos. Hoy la mitad de su trabajo son piezas de "
                "repuesto para empresas de máquina-herramienta, y el resto, maquetas y prototipos "
                "para estudios de diseño y arquitectura.</p>"
            ),
            "services": ["Impresión 3D", "Prototipos", "Piezas de repuesto", "Maquetas"],
            "search_description": (
                "Geruza 3D, servicio de impresión 3D en Eibar: prototipos, piezas de repuesto y "
                "maquetas en FDM, resina y nailon sinterizado."
            ),
        },
        "en": {
            "tagline": (
                "3D printing service: prototypes, spare parts and short runs, from design to "
                "finished part"
            ),
            "description": (
                "<p>Geruza 3D offers a complete additive manufacturing service for companies, "
                "design studios and individuals. They print parts in FDM, resin and "
                "<strong>sintered nylon</strong>, and also help at the design stage to get each "
                "part ready for printing.</p>"
                "<p>They started out in Eibar, in an office provided by Urratsbat at Armeria "
                "Eskola, with two printers and a handful of orders. Today half their work is spare "
                "parts for machine-tool companies; the rest is scale models and prototypes for "
                "design and architecture studios.</p>"
            ),
            "services": ["3D printing", "Prototypes", "Spare parts", "Scale models"],
            "search_description": (
                "Geruza 3D, a 3D printing service in Eibar: prototypes, spare parts and scale "
                "models in FDM, resin and sintered nylon."
            ),
        },
    },
    {
        "slug": "dendaz-digital",
        "name": "Dendaz Digital",
        "logo_colour": "#8d99ae",
        "sectors": ["digital-services", "design-communication"],
        "centre": "easo",
        "cohort_year": 2016,
        "founded_year": 2016,
        "territory": "gipuzkoa",
        "town": "Errenteria",
        "website": "https://dendaz.example",
        "email": "kaixo@dendaz.example",
        "phone": "+34 600 000 427",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "1",
        "open_to": [],
        "status": "inactive",
        "eu": {
            "tagline": "Online dendak eta sare sozialen kudeaketa auzoko saltokientzat",
            "description": (
                "<p>Dendaz Digitalek Errenteriako eta Oarsoaldeko saltoki txikiei laguntzen zien "
                "internetera jauzi egiten: <strong>online dendak</strong> sortzen zituen, "
                "produktuen argazkiak egiten zituen eta sare sozialetako kontuak kudeatzen zituen, "
                "hileko kuota baten truke.</p>"
                "<p>Easo Politeknikoko ikasle ohi batek jarri zuen martxan proiektua, Urratsbaten "
                "aholkularitzarekin, eta hogei bat denda lagundu zituen bost urtean. Sortzaileak "
                "2021ean utzi zuen jarduera, eskualdeko merkatari-elkarte batean lanean hasi "
                "zenean.</p>"
            ),
            "services": ["Online dendak", "Sare sozialak", "Produktu-argazkiak"],
            "search_description": (
                "Dendaz Digital: online dendak, produktu-argazkiak eta sare sozialen kudeaketa "
                "Errenteriako eta Oarsoaldeko saltoki txikientzat."
            ),
        },
        "es": {
            "tagline": "Tiendas online y gestión de redes sociales para el comercio de barrio",
            "description": (
                "<p>Dendaz Digital ayudaba a los pequeños comercios de Errenteria y Oarsoaldea a "
                "dar el salto a internet: creaba <strong>tiendas online</strong>, hacía las "
                "fotografías de los productos y gestionaba sus cuentas en redes sociales a cambio "
                "de una cuota mensual.</p>"
                "<p>Un antiguo alumno de Easo Politeknikoa puso en marcha el proyecto con el "
                "asesoramiento de Urratsbat y acompañó a una veintena de tiendas en cinco años. El "
                "fundador cesó la actividad en 2021, cuando empezó a trabajar en una asociación de "
                "comerciantes de la comarca.</p>"
            ),
            "services": ["Tiendas online", "Redes sociales", "Fotografía de producto"],
            "search_description": (
                "Dendaz Digital: tiendas online, fotografía de producto y gestión de redes "
                "sociales para el pequeño comercio de Errenteria y Oarsoaldea."
            ),
        },
        "en": {
            "tagline": "Online shops and social media management for neighbourhood retailers",
            "description": (
                "<p>Dendaz Digital helped small shops in Errenteria and Oarsoaldea make the leap "
                "online: it built <strong>online shops</strong>, photographed products and ran "
                "social media accounts for a monthly fee.</p>"
                "<p>A former Easo Politeknikoa student launched the project with advice from "
                "Urratsbat and supported around twenty shops over five years. The founder wound "
                "down the business in 2021 on joining a local retailers' association.</p>"
            ),
            "services": ["Online shops", "Social media", "Product photography"],
            "search_description": (
                "Dendaz Digital: online shops, product photography and social media management for "
                "small retailers in Errenteria and Oarsoaldea."
            ),
        },
    },
    {
        "slug": "izki-baso-zerbitzuak",
        "name": "Izki Baso Zerbitzuak",
        "logo_colour": "#2d6a4f",
        "sectors": ["agriculture-forestry", "renewable-energy"],
        "centre": "egibide",
        "cohort_year": 2016,
        "founded_year": 2016,
        "territory": "araba",
        "town": "Maeztu",
        "website": "https://izkibaso.example",
        "email": "bulegoa@izkibaso.example",
        "phone": "+34 945 000 162",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Baso-kudeaketa jasangarria eta tokiko biomasa: sasi-garbiketak, mozketa hautatuak "
                "eta egur-txirbila"
            ),
            "description": (
                "<p>Lau sortzaileak Egibiden ezagutu ziren, eta 2016an ezarri zuten enpresa "
                "Maeztun. Izki Baso Zerbitzuek Arabako Mendialdeko eta Lautadako basoak zaintzen "
                "dituzte: sasiak garbitzen dituzte, mozketa hautatuak egiten dituzte eta suteak "
                "prebenitzeko lanak egiten dituzte, udalekin eta baso-jabeekin batera.</p>"
                "<p>Mozketetako hondarrak <strong>egur-txirbil</strong> bihurtzen dituzte, eta "
                "inguruko herrietako eskolei, kiroldegiei eta bizilagun-komunitateei saltzen "
                "diete, biomasa-galdaretarako. Horrela, basoa zaintzen dute eta bertako energia "
                "sortzen dute, aldi berean.</p>"
            ),
            "services": ["Baso-kudeaketa", "Sasi-garbiketa", "Egur-txirbila", "Suteen prebentzioa"],
            "search_description": (
                "Izki Baso Zerbitzuak, Maeztu: baso-kudeaketa jasangarria, sasi-garbiketak, suteen "
                "prebentzioa eta biomasa-galdaretarako egur-txirbila Araban."
            ),
        },
        "es": {
            "tagline": (
                "Gestión forestal sostenible y biomasa local: desbroces, cortas selectivas y "
                "astilla de madera"
            ),
            "description": (
                "<p>Los cuatro fundadores se conocieron en Egibide y en 2016 instalaron la empresa "
                "en Maeztu. Izki Baso Zerbitzuak cuida los montes de la Montaña Alavesa y la "
                "Llanada: realiza desbroces, cortas selectivas y trabajos de prevención de "
                "incendios en colaboración con ayuntamientos y propietarios forestales.</p>"
                "<p>Los restos de las cortas se convierten en <strong>astilla de madera</strong>, "
                "que venden a escuelas, polideportivos y comunidades de vecinos de los pueblos "
                "cercanos para sus calderas de biomasa. Así cuidan el monte y, al mismo tiempo, "
                "generan energía local.</p>"
            ),
            "services": [
                "Gestión forestal",
                "Desbroces",
                "Astilla de madera",
                "Prevención de incendios",
            ],
            "search_description": (
                "Izki Baso Zerbitzuak, Maeztu: gestión forestal sostenible, desbroces, prevención "
                "de incendios y astilla para calderas de biomasa en Álava."
            ),
        },
        "en": {
            "tagline": (
                "Sustainable forest management and local biomass: scrub clearing, selective "
                "felling and wood chips"
            ),
            "description": (
                "<p>The four founders met at Egibide and set up the company in Maeztu in 2016. "
                "Izki Baso Zerbitzuak looks after the forests of the Montaña Alavesa and the "
                "Llanada plain: clearing scrub, carrying out selective felling and doing wildfire "
                "prevention work alongside local councils and forest owners.</p>"
                "<p>Logging residues are turned into <strong>wood chips</strong> and sold to "
                "schools, sports centres and housing blocks in nearby villages for their biomass "
                "boilers. That way they care for the forest and produce local energy at the same "
                "time.</p>"
            ),
            "services": [
                "Forest management",
                "Scrub clearing",
                "Wood chips",
                "Wildfire prevention",
            ],
            "search_description": (
                "Izki Baso Zerbitzuak, Maeztu: sustainable forest management, scrub clearing, "
                "wildfire prevention and wood chips for biomass boilers in Araba."
            ),
        },
    },
    {
        "slug": "argiz-energia",
        "name": "Argiz Energia",
        "logo_colour": "#f4a261",
        "sectors": ["renewable-energy", "sustainable-construction"],
        "centre": "egibide",
        "cohort_year": 2017,
        "founded_year": 2018,
        "territory": "araba",
        "town": "Vitoria-Gasteiz",
        "website": "https://argiz.example",
        "email": "info@argiz.example",
        "phone": "+34 945 000 273",
        "linkedin_url": "https://www.linkedin.com/company/argiz-energia-example",
        "instagram_url": "",
        "team_size": "11-50",
        "open_to": ["clients", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Energia-auditoriak eta eraginkortasun-planak industriarentzat, udalentzat eta "
                "bizilagun-komunitateentzat"
            ),
            "description": (
                "<p>Argiz Energiak neurtzen du enpresek eta erakundeek non eta nola kontsumitzen "
                "duten energia, eta aurrezteko plan zehatzak prestatzen ditu: argiztapena "
                "berritzea, instalazioak doitzea, eguzki-plakak jartzea edo eraikinaren "
                "isolamendua hobetzea. <strong>Energia-ziurtagiriak</strong> eta dirulaguntzak "
                "eskatzeko txostenak ere egiten ditu.</p>"
                "<p>Egibideko energia-instalazioen zikloko bi ikaskidek sortu zuten, eta lehen "
                "urtean Urratsbatek ikastetxean duen bulegotik egin zuten lan. Gaur egun hogei "
                "langile baino gehiago ditu, eta Arabako ehun bat industria-enpresarekin egin du "
                "lan dagoeneko.</p>"
            ),
            "services": ["Energia-auditoriak", "Energia-ziurtagiriak", "Dirulaguntzen kudeaketa"],
            "search_description": (
                "Argiz Energia, Gasteiz: energia-auditoriak, energia-ziurtagiriak eta "
                "eraginkortasun-planak industriarentzat, udalentzat eta bizilagun-komunitateentzat."
            ),
        },
        "es": {
            "tagline": (
                "Auditorías energéticas y planes de eficiencia para industria, ayuntamientos y "
                "comunidades de vecinos"
            ),
            "description": (
                "<p>Argiz Energia mide dónde y cómo consumen energía las empresas y entidades, y "
                "elabora planes de ahorro concretos: renovar la iluminación, ajustar las "
                "instalaciones, colocar placas solares o mejorar el aislamiento del edificio. "
                "También emite <strong>certificados energéticos</strong> e informes para solicitar "
                "subvenciones.</p>"
                "<p>La fundaron dos compañeros del ciclo de instalaciones energéticas de Egibide, "
                "que el primer año trabajaron desde la oficina de Urratsbat en el centro. Hoy "
                "tiene más de veinte personas en plantilla y ha trabajado ya con un centenar de "
                "empresas industriales de Álava.</p>"
            ),
            "services": [
                "Auditorías energéticas",
                "Certificados energéticos",
                "Gestión de subvenciones",
            ],
            "search_description": (
                "Argiz Energia, Vitoria-Gasteiz: auditorías y certificados energéticos y planes de "
                "eficiencia para industria, ayuntamientos y comunidades de vecinos."
            ),
        },
        "en": {
            "tagline": (
                "Energy audits and efficiency plans for industry, local councils and residential "
                "buildings"
            ),
            "description": (
                "<p>Argiz Energia measures where and how companies and organisations use energy, "
                "and draws up practical savings plans: upgrading lighting, fine-tuning "
                "installations, fitting solar panels or improving building insulation. It also "
                "issues <strong>energy performance certificates</strong> and reports for grant "
                "applications.</p>"
                "<p>It was founded by two classmates from the energy installations programme at "
                "Egibide, who worked from the Urratsbat office at the centre during their first "
                "year. Today it employs more than twenty people and has worked with around a "
                "hundred industrial firms in Araba.</p>"
            ),
            "services": ["Energy audits", "Energy certificates", "Grant applications"],
            "search_description": (
                "Argiz Energia, Vitoria-Gasteiz: energy audits, energy certificates and efficiency "
                "plans for industry, local councils and residential buildings."
            ),
        },
    },
    {
        "slug": "ibai-sensors",
        "name": "Ibai Sensors",
        "logo_colour": "#118ab2",
        "sectors": ["digital-services", "agriculture-forestry"],
        "centre": "usurbil",
        "cohort_year": 2017,
        "founded_year": 2017,
        "territory": "gipuzkoa",
        "town": "Lasarte-Oria",
        "website": "https://ibaisensors.example",
        "email": "hello@ibaisensors.example",
        "phone": "+34 943 000 586",
        "linkedin_url": "https://www.linkedin.com/company/ibai-sensors-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Uraren kalitatea eta ureztatzea neurtzeko IoT sentsoreak ibaietarako, "
                "ur-sareetarako eta baratzeetarako"
            ),
            "description": (
                "<p>Ibai Sensorsek eguzki-energiaz elikatzen diren sentsore autonomoak diseinatu "
                "eta fabrikatzen ditu, uraren tenperatura eta uhertasuna, bai eta lurzoruaren "
                "hezetasuna ere, neurtzeko. Datuak <strong>web-panel</strong> batean ikus daitezke "
                "denbora errealean, eta panelak alarmak bidaltzen ditu balioak tartetik ateratzen "
                "direnean.</p>"
                "<p>Usurbil LHIIko elektronika-ikasle ohiek sortu zuten enpresa, eta ikastetxeko "
                "laborategian egin zituzten lehen prototipoak, Urratsbaten laguntzarekin. Gaur "
                "egun ur-partzuergoek, udalek eta Gipuzkoako nekazari-elkarteek erabiltzen dituzte "
                "haien sentsoreak.</p>"
            ),
            "services": ["IoT sentsoreak", "Uraren kalitatea", "Ureztatze adimenduna"],
            "search_description": (
                "Ibai Sensors, Lasarte-Oria: eguzki-energiadun IoT sentsoreak, uraren kalitatea "
                "eta lurzoruaren hezetasuna denbora errealean neurtzeko."
            ),
        },
        "es": {
            "tagline": (
                "Sensores IoT para medir la calidad del agua y el riego en ríos, redes de "
                "abastecimiento y huertas"
            ),
            "description": (
                "<p>Ibai Sensors diseña y fabrica sensores autónomos alimentados con energía solar "
                "que miden la temperatura y la turbidez del agua, así como la humedad del suelo. "
                "Los datos pueden consultarse en tiempo real en un <strong>panel web</strong>, que "
                "envía alarmas cuando los valores se salen de rango.</p>"
                "<p>Crearon la empresa antiguos alumnos de electrónica de Usurbil LHII, que "
                "montaron los primeros prototipos en el laboratorio del centro con el apoyo de "
                "Urratsbat. Hoy utilizan sus sensores consorcios de aguas, ayuntamientos y "
                "asociaciones agrarias de Gipuzkoa.</p>"
            ),
            "services": ["Sensores IoT", "Calidad del agua", "Riego inteligente"],
            "search_description": (
                "Ibai Sensors, Lasarte-Oria: sensores IoT con energía solar para medir en tiempo "
                "real la calidad del agua y la humedad del suelo."
            ),
        },
        "en": {
            "tagline": (
                "IoT sensors that monitor water quality and irrigation in rivers, supply networks "
                "and farms"
            ),
            "description": (
                "<p>Ibai Sensors designs and builds solar-powered autonomous sensors that measure "
                "water temperature and turbidity, as well as soil moisture. Data can be viewed in "
                "real time on a <strong>web dashboard</strong>, which sends alerts when readings "
                "go out of range.</p>"
                "<p>The company was founded by former electronics students from Usurbil LHII, who "
                "built their first prototypes in the centre's lab with support from Urratsbat. "
                "Today their sensors are used by water authorities, local councils and farmers' "
                "associations across Gipuzkoa.</p>"
            ),
            "services": ["IoT sensors", "Water quality", "Smart irrigation"],
            "search_description": (
                "Ibai Sensors, Lasarte-Oria: solar-powered IoT sensors that measure water quality "
                "and soil moisture in real time."
            ),
        },
    },
    {
        "slug": "sukalki-catering",
        "name": "Sukalki Catering",
        "logo_colour": "#bc4749",
        "sectors": ["food-gastronomy"],
        "centre": "nicolas-larburu",
        "cohort_year": 2017,
        "founded_year": 2017,
        "territory": "bizkaia",
        "town": "Sestao",
        "website": "https://sukalki.example",
        "email": "kaixo@sukalki.example",
        "phone": "+34 944 000 319",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/sukalki_example",
        "team_size": "6-10",
        "open_to": [],
        "status": "inactive",
        "eu": {
            "tagline": (
                "Eskola-jantokietarako eta enpresetarako catering-a, tokiko eta sasoiko "
                "produktuekin"
            ),
            "description": (
                "<p>Sukalki Cateringek Ezkerraldeko eskola-jantokietarako eta enpresetarako menuak "
                "prestatzen zituen Sestaoko sukalde batean. Bizkaiko baserrietako barazkiak eta "
                "<strong>sasoiko produktuak</strong> erabiltzen zituen, eta menu guztiak dietista "
                "batekin diseinatzen zituen.</p>"
                "<p>Nicolas Larburuko ikasle ohiek sortu zuten, Urratsbaten laguntzarekin, eta "
                "zortzi langile izatera iritsi zen. 2020ko itxialdiek jantoki-kontratu gehienak "
                "bertan behera utzi zituzten, eta sortzaileek 2021ean itxi zuten enpresa; gaur "
                "egun sukaldari dira eskualdeko jatetxeetan.</p>"
            ),
            "services": ["Eskola-jantokiak", "Enpresentzako catering-a", "Sasoiko menuak"],
            "search_description": (
                "Sukalki Catering, Sestao: tokiko eta sasoiko produktuekin prestatutako menuak "
                "eskola-jantokietarako eta enpresetarako."
            ),
        },
        "es": {
            "tagline": (
                "Catering para comedores escolares y empresas, con producto local y de temporada"
            ),
            "description": (
                "<p>Sukalki Catering preparaba menús para comedores escolares y empresas de la "
                "Margen Izquierda en una cocina de Sestao. Trabajaba con verduras de caseríos de "
                "Bizkaia y <strong>producto de temporada</strong>, y diseñaba todos los menús con "
                "una dietista.</p>"
                "<p>La fundaron antiguos alumnos de Nicolas Larburu con el apoyo de Urratsbat, y "
                "llegó a tener ocho personas en plantilla. Los cierres de 2020 cancelaron la "
                "mayoría de los contratos de comedor y los fundadores cerraron la empresa en 2021; "
                "hoy son cocineros en restaurantes de la comarca.</p>"
            ),
            "services": ["Comedores escolares", "Catering para empresas", "Menús de temporada"],
            "search_description": (
                "Sukalki Catering, Sestao: menús con producto local y de temporada para comedores "
                "escolares y empresas de la Margen Izquierda."
            ),
        },
        "en": {
            "tagline": "Catering for school canteens and businesses, using local, seasonal produce",
            "description": (
                "<p>Sukalki Catering prepared meals for school canteens and businesses on the Left "
                "Bank of the Nervión from a kitchen in Sestao. It cooked with vegetables from "
                "Bizkaia farms and <strong>seasonal produce</strong>, and every menu was designed "
                "with a dietitian.</p>"
                "<p>Former Nicolas Larburu students founded it with support from Urratsbat, and it "
                "grew to a team of eight. The 2020 lockdowns cancelled most of its canteen "
                "contracts, and the founders closed the company in 2021; today they work as chefs "
                "in local restaurants.</p>"
            ),
            "services": ["School canteens", "Corporate catering", "Seasonal menus"],
            "search_description": (
                "Sukalki Catering, Sestao: meals made with local, seasonal produce for school "
                "canteens and businesses."
            ),
        },
    },
    {
        "slug": "hizkitza-design",
        "name": "Hizkitza Design",
        "logo_colour": "#6a4c93",
        "sectors": ["design-communication"],
        "centre": "easo",
        "cohort_year": 2017,
        "founded_year": 2017,
        "territory": "gipuzkoa",
        "town": "Donostia",
        "website": "https://hizkitza.example",
        "email": "kaixo@hizkitza.example",
        "phone": "+34 943 000 642",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/hizkitza_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Marka-irudia, tipografia eta diseinu editoriala, euskararen eta "
                "kultura-proiektuen zerbitzura"
            ),
            "description": (
                "<p>Hizkitza Design Donostiako diseinu-estudio txiki bat da, marka-irudian eta "
                "diseinu editorialean espezializatua. Argitaletxe, euskara-elkarte, jaialdi eta "
                "kooperatibentzat lan egiten du, eta <strong>tipografia propioak</strong> ere "
                "diseinatzen ditu, euskal grafiaren tradiziotik abiatuta.</p>"
                "<p>Sortzaileek Easo Politeknikoan ikasi zuten, eta Urratsbaten bidez jaso zuten "
                "lehen aholkularitza, prezioak finkatzeko eta autonomo gisa alta emateko. Azken "
                "urteetan, sari bat baino gehiago jaso duten liburu-azal eta kartelek eman diote "
                "ospea estudioari.</p>"
            ),
            "services": ["Marka-irudia", "Diseinu editoriala", "Tipografia"],
            "search_description": (
                "Hizkitza Design, Donostia: marka-irudia, diseinu editoriala eta tipografia "
                "propioak argitaletxe, jaialdi eta euskara-elkarteentzat."
            ),
        },
        "es": {
            "tagline": (
                "Identidad de marca, tipografía y diseño editorial al servicio del euskera y de "
                "proyectos culturales"
            ),
            "description": (
                "<p>Hizkitza Design es un pequeño estudio de diseño de Donostia especializado en "
                "identidad de marca y diseño editorial. Trabaja para editoriales, asociaciones del "
                "euskera, festivales y cooperativas, y también diseña <strong>tipografías "
                "propias</strong> inspiradas en la tradición gráfica vasca.</p>"
                "<p>Sus fundadoras estudiaron en Easo Politeknikoa y recibieron a través de "
                "Urratsbat su primer asesoramiento para fijar precios y darse de alta como "
                "autónomas. En los últimos años, varias portadas de libros y carteles premiados "
                "han dado a conocer el estudio.</p>"
            ),
            "services": ["Identidad de marca", "Diseño editorial", "Tipografía"],
            "search_description": (
                "Hizkitza Design, Donostia: identidad de marca, diseño editorial y tipografías "
                "propias para editoriales, festivales y asociaciones del euskera."
            ),
        },
        "en": {
            "tagline": (
                "Brand identity, typography and editorial design for Basque-language and cultural "
                "projects"
            ),
            "description": (
                "<p>Hizkitza Design is a small Donostia studio specialising in brand identity and "
                "editorial design. It works for publishers, Basque-language associations, "
                "festivals and cooperatives, and also designs <strong>custom typefaces</strong> "
                "rooted in the Basque lettering tradition.</p>"
                "<p>Its founders studied at Easo Politeknikoa and got their first advice through "
                "Urratsbat, on setting prices and registering as self-employed. In recent years, "
                "several award-winning book covers and posters have put the studio on the map.</p>"
            ),
            "services": ["Brand identity", "Editorial design", "Typography"],
            "search_description": (
                "Hizkitza Design, Donostia: brand identity, editorial design and custom typefaces "
                "for publishers, festivals and Basque-language groups."
            ),
        },
    },
    {
        "slug": "udalaitz-robotics",
        "name": "Udalaitz Robotics",
        "logo_colour": "#ef476f",
        "sectors": ["robotics-automation", "advanced-manufacturing"],
        "centre": "miguel-altuna",
        "cohort_year": 2018,
        "founded_year": 2018,
        "territory": "gipuzkoa",
        "town": "Arrasate",
        "website": "https://udalaitz.example",
        "email": "info@udalaitz.example",
        "phone": "+34 943 000 733",
        "linkedin_url": "https://www.linkedin.com/company/udalaitz-robotics-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Robot kolaboratiboen integrazioa tailer txiki eta ertainetan: makinen elikadura, "
                "paletizazioa eta ikuskapena"
            ),
            "description": (
                "<p>Udalaitz Roboticsek robot kolaboratiboak jartzen ditu martxan Debagoieneko eta "
                "Durangaldeko tailerretan, lan errepikakor eta astunenak automatizatzeko: CNC "
                "makinak elikatzea, piezak paletizatzea edo kalitate-ikuskapenak egitea. Proiektu "
                "bakoitza <strong>giltza eskuan</strong> entregatzen dute, langileen prestakuntza "
                "barne.</p>"
                "<p>Miguel Altunako mekatronika-zikloko hiru ikasle ohik sortu zuten enpresa. "
                "Urratsbatek ikastetxeko robotika-gela erabiltzeko aukera eman zien lehen "
                "aplikazioak probatzeko, eta gaur egun ere TKgune proiektuetan aritzen dira "
                "ikastetxearekin.</p>"
            ),
            "services": [
                "Robot kolaboratiboak",
                "Makinen elikadura",
                "Paletizazioa",
                "Ikuskapen automatikoa",
            ],
            "search_description": (
                "Udalaitz Robotics, Arrasate: robot kolaboratiboen integrazioa tailerretan, CNC "
                "makinen elikadura, paletizazioa eta ikuskapena, giltza eskuan."
            ),
        },
        "es": {
            "tagline": (
                "Integración de robots colaborativos en talleres pequeños y medianos: carga de "
                "máquinas, paletizado e inspección"
            ),
            "description": (
                "<p>Udalaitz Robotics pone en marcha robots colaborativos en talleres del Alto "
                "Deba y el Duranguesado para automatizar las tareas más repetitivas y pesadas: "
                "alimentar máquinas CNC, paletizar piezas o hacer inspecciones de calidad. Cada "
                "proyecto se entrega <strong>llave en mano</strong>, con la formación del personal "
                "incluida.</p>"
                "<p>Tres antiguos alumnos del ciclo de mecatrónica de Miguel Altuna crearon la "
                "empresa. Urratsbat les dio acceso al aula de robótica del centro para probar sus "
                "primeras aplicaciones, y hoy siguen colaborando con el centro en proyectos "
                "TKgune.</p>"
            ),
            "services": [
                "Robots colaborativos",
                "Carga de máquinas",
                "Paletizado",
                "Inspección automática",
            ],
            "search_description": (
                "Udalaitz Robotics, Arrasate: integración de robots colaborativos en talleres para "
                "carga de máquinas CNC, paletizado e inspección, llave en mano."
            ),
        },
        "en": {
            "tagline": (
                "Collaborative robot integration for small and medium-sized workshops: machine "
                "tending, palletising and inspection"
            ),
            "description": (
                "<p>Udalaitz Robotics deploys collaborative robots in workshops across Debagoiena "
                "and Durangaldea to automate the most repetitive and physically demanding tasks: "
                "tending CNC machines, palletising parts or running quality inspections. Every "
                "project is delivered <strong>turnkey</strong>, including staff training.</p>"
                "<p>Three former mechatronics students from Miguel Altuna founded the company. "
                "Urratsbat gave them access to the centre's robotics lab to test their first "
                "applications, and they still work with the centre on TKgune projects.</p>"
            ),
            "services": [
                "Collaborative robots",
                "Machine tending",
                "Palletising",
                "Automated inspection",
            ],
            "search_description": (
                "Udalaitz Robotics, Arrasate: turnkey collaborative robot integration for "
                "workshops, covering CNC machine tending, palletising and inspection."
            ),
        },
    },
    {
        "slug": "basalde-brewing",
        "name": "Basalde Brewing",
        "logo_colour": "#d4a373",
        "sectors": ["food-gastronomy"],
        "centre": "usurbil",
        "cohort_year": 2018,
        "founded_year": 2019,
        "territory": "gipuzkoa",
        "town": "Usurbil",
        "website": "https://basalde.example",
        "email": "kaixo@basalde.example",
        "phone": "+34 943 000 815",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/basalde_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Usurbilgo garagardotegi artisaua: sasoiko garagardoak, bertako sagarrez eta "
                "lupuluz eginak"
            ),
            "description": (
                "<p>Basalde Brewing Usurbilgo industrialde batean dago, eta urtean hogei mila "
                "litro inguru garagardo ekoizten ditu. Haren ezaugarri nagusia "
                "<strong>sagar-garagardoa</strong> da, eskualdeko sagastietako sagarrekin egina, "
                "baina IPA, stout eta sasoiko beste errezeta batzuk ere egiten dituzte. Gipuzkoako "
                "tabernetan, dendetan eta herrietako jaietan saltzen dute.</p>"
                "<p>Sortzaileek Urratsbaten aholkularitza jaso zuten osasun-erregistroak "
                "izapidetzeko eta lehen inbertsioa antolatzeko. Ostiraletan lantegiko taberna "
                "zabaltzen dute, eta dastatzeak eta bisita gidatuak antolatzen dituzte "
                "taldeentzat.</p>"
            ),
            "services": ["Garagardo artisaua", "Sagar-garagardoa", "Dastatzeak", "Bisita gidatuak"],
            "search_description": (
                "Basalde Brewing, Usurbil: garagardo artisaua eta sagar-garagardoa, dastatzeak eta "
                "bisita gidatuak lantegian."
            ),
        },
        "es": {
            "tagline": (
                "Cervecería artesana en Usurbil: cerveza de temporada elaborada con manzana y "
                "lúpulo locales"
            ),
            "description": (
                "<p>Basalde Brewing está en un polígono industrial de Usurbil y elabora unos "
                "veinte mil litros de cerveza al año. Su seña de identidad es la <strong>cerveza "
                "de manzana</strong>, hecha con fruta de los manzanales de la comarca, pero "
                "también elaboran IPA, stout y otras recetas de temporada. Venden en bares, "
                "tiendas y fiestas de los pueblos de Gipuzkoa.</p>"
                "<p>Sus fundadores recibieron asesoramiento de Urratsbat para tramitar los "
                "registros sanitarios y organizar la primera inversión. Los viernes abren el bar "
                "de la fábrica y organizan catas y visitas guiadas para grupos.</p>"
            ),
            "services": ["Cerveza artesana", "Cerveza de manzana", "Catas", "Visitas guiadas"],
            "search_description": (
                "Basalde Brewing, Usurbil: cerveza artesana y cerveza de manzana, con catas y "
                "visitas guiadas en la fábrica."
            ),
        },
        "en": {
            "tagline": "Craft brewery in Usurbil: seasonal beers brewed with local apples and hops",
            "description": (
                "<p>Basalde Brewing is based on an industrial estate in Usurbil and brews around "
                "twenty thousand litres a year. Its signature is an <strong>apple beer</strong> "
                "made with fruit from local orchards, alongside an IPA, a stout and other seasonal "
                "recipes. Their beers are sold in bars, shops and at village festivals across "
                "Gipuzkoa.</p>"
                "<p>The founders got advice from Urratsbat on health registration and on planning "
                "their first investment. On Fridays they open the taproom at the brewery, and they "
                "run tastings and guided tours for groups.</p>"
            ),
            "services": ["Craft beer", "Apple beer", "Tastings", "Guided tours"],
            "search_description": (
                "Basalde Brewing, Usurbil: craft beer and apple beer, with tastings and guided "
                "tours at the brewery."
            ),
        },
    },
    {
        "slug": "egurra-design",
        "name": "Egurra Design",
        "logo_colour": "#7f5539",
        "sectors": ["sustainable-construction", "design-communication"],
        "centre": "nicolas-larburu",
        "cohort_year": 2018,
        "founded_year": 2018,
        "territory": "bizkaia",
        "town": "Barakaldo",
        "website": "https://egurra.example",
        "email": "kaixo@egurra.example",
        "phone": "+34 944 000 486",
        "linkedin_url": "https://www.linkedin.com/company/egurra-design-example",
        "instagram_url": "https://www.instagram.com/egurra_example",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Arotzeria jasangarria: neurrira egindako altzariak eta barne-antolaketa, bertako "
                "egurrez eta akabera naturalekin"
            ),
            "description": (
                "<p>Egurra Design Barakaldoko arotzeria-tailer bat da, eta etxebizitzetarako, "
                "dendetarako eta bulegoetarako altzariak diseinatu eta egiten ditu, neurrira. "
                "Ziurtagiria duten baso jasangarrietako <strong>bertako egurra</strong> erabiltzen "
                "dute —pinua, haritza eta gaztainondoa—, eta olio eta argizari naturalekin "
                "akabatzen dituzte piezak.</p>"
                "<p>Nicolas Larburuko ikasle ohiek sortu zuten tailerra. Urratsbaten bidez, "
                "ikastetxeko makinak erabili ahal izan zituzten lehen enkarguetarako, eta gaur "
                "egun zurgintzako ikasleak hartzen dituzte praktiketan urtero.</p>"
            ),
            "services": ["Neurrirako altzariak", "Barne-antolaketa", "Denda-altzariak"],
            "search_description": (
                "Egurra Design, Barakaldo: arotzeria jasangarria, neurrirako altzariak eta "
                "barne-antolaketa, bertako egurrez eta akabera naturalekin."
            ),
        },
        "es": {
            "tagline": (
                "Carpintería sostenible: mobiliario a medida e interiorismo con madera local y "
                "acabados naturales"
            ),
            "description": (
                "<p>Egurra Design es un taller de carpintería de Barakaldo que diseña y fabrica a "
                "medida mobiliario para viviendas, tiendas y oficinas. Trabajan con <strong>madera "
                "local</strong> de bosques certificados —pino, roble y castaño— y acaban las "
                "piezas con aceites y ceras naturales.</p>"
                "<p>Antiguos alumnos de Nicolas Larburu pusieron en marcha el taller. Gracias a "
                "Urratsbat, pudieron usar la maquinaria del centro para sus primeros encargos, y "
                "hoy acogen cada año en prácticas a alumnado de madera y mueble.</p>"
            ),
            "services": ["Muebles a medida", "Interiorismo", "Mobiliario comercial"],
            "search_description": (
                "Egurra Design, Barakaldo: carpintería sostenible, muebles a medida e interiorismo "
                "con madera local y acabados naturales."
            ),
        },
        "en": {
            "tagline": (
                "Sustainable carpentry: made-to-measure furniture and interiors in local timber "
                "with natural finishes"
            ),
            "description": (
                "<p>Egurra Design is a carpentry workshop in Barakaldo that designs and builds "
                "made-to-measure furniture for homes, shops and offices. They work with "
                "<strong>local timber</strong> from certified forests (pine, oak and chestnut) and "
                "finish every piece with natural oils and waxes.</p>"
                "<p>Former Nicolas Larburu students set up the workshop. Thanks to Urratsbat, they "
                "could use the centre's machinery for their first commissions, and every year they "
                "now take on woodwork students as interns.</p>"
            ),
            "services": ["Bespoke furniture", "Interior fit-out", "Shop fittings"],
            "search_description": (
                "Egurra Design, Barakaldo: sustainable carpentry, bespoke furniture and interior "
                "fit-outs in local timber with natural finishes."
            ),
        },
    },
    {
        "slug": "zadorra-cycles",
        "name": "Zadorra Cycles",
        "logo_colour": "#06d6a0",
        "sectors": ["mobility-logistics"],
        "centre": "egibide",
        "cohort_year": 2019,
        "founded_year": 2019,
        "territory": "araba",
        "town": "Vitoria-Gasteiz",
        "website": "https://zadorracycles.example",
        "email": "kaixo@zadorracycles.example",
        "phone": "+34 945 000 528",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/zadorracycles_example",
        "team_size": "2-5",
        "open_to": ["clients", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Bizikleta-tailerra eta mugikortasun elektrikoa: konponketak, bizikleta "
                "elektrikoak eta patineteen mantentzea"
            ),
            "description": (
                "<p>Zadorra Cycles Gasteizko Zaramaga auzoan dago, eta bizikleta mota guztiak "
                "konpontzen ditu: hirikoak, mendikoak, errepidekoak eta karga-bizikletak. "
                "Bizikleta elektrikoak saltzen eta alokatzen ditu, eta <strong>baterien "
                "diagnostikoa</strong> eta konponketa egiten ditu, bezeroek bateria berria erosi "
                "behar izan ez dezaten.</p>"
                "<p>Egibideko automobilgintza-zikloko bi ikasle ohik ireki zuten denda, "
                "Urratsbatekin negozio-plana landu ondoren. Enpresentzat ere lan egiten dute: "
                "langileen bizikletak mantentzen dituzte lantokian bertan.</p>"
            ),
            "services": [
                "Bizikleta-konponketa",
                "Bizikleta elektrikoak",
                "Baterien konponketa",
                "Alokairua",
            ],
            "search_description": (
                "Zadorra Cycles, Gasteiz: bizikleta-tailerra, bizikleta elektrikoen salmenta eta "
                "alokairua, eta baterien diagnostikoa eta konponketa."
            ),
        },
        "es": {
            "tagline": (
                "Taller de bicicletas y movilidad eléctrica: reparaciones, bicis eléctricas y "
                "mantenimiento de patinetes"
            ),
            "description": (
                "<p>Zadorra Cycles está en el barrio gasteiztarra de Zaramaga y repara todo tipo "
                "de bicicletas: urbanas, de montaña, de carretera y de carga. Vende y alquila "
                "bicis eléctricas y ofrece <strong>diagnóstico de baterías</strong> y reparación, "
                "para que la clientela no tenga que comprar una batería nueva.</p>"
                "<p>Dos antiguos alumnos del ciclo de automoción de Egibide abrieron la tienda "
                "después de trabajar el plan de negocio con Urratsbat. También trabajan para "
                "empresas: mantienen las bicicletas de la plantilla en el propio lugar de "
                "trabajo.</p>"
            ),
            "services": [
                "Reparación de bicicletas",
                "Bicis eléctricas",
                "Reparación de baterías",
                "Alquiler",
            ],
            "search_description": (
                "Zadorra Cycles, Vitoria-Gasteiz: taller de bicicletas, venta y alquiler de bicis "
                "eléctricas y diagnóstico y reparación de baterías."
            ),
        },
        "en": {
            "tagline": (
                "Bike workshop and e-mobility shop: repairs, e-bikes and e-scooter servicing"
            ),
            "description": (
                "<p>Zadorra Cycles is in the Zaramaga neighbourhood of Vitoria-Gasteiz and repairs "
                "every kind of bike: city, mountain, road and cargo. It sells and rents out "
                "e-bikes and offers <strong>battery diagnostics</strong> and repair, so customers "
                "don't have to buy a new battery.</p>"
                "<p>Two former automotive students from Egibide opened the shop after working on "
                "their business plan with Urratsbat. They also work for companies, servicing "
                "employees' bikes on site at their workplace.</p>"
            ),
            "services": ["Bike repair", "E-bikes", "Battery repair", "Rentals"],
            "search_description": (
                "Zadorra Cycles, Vitoria-Gasteiz: bike workshop, e-bike sales and rentals, and "
                "battery diagnostics and repair."
            ),
        },
    },
    {
        "slug": "artzaina-landetxea",
        "name": "Artzaina Landetxea",
        "logo_colour": "#606c38",
        "sectors": ["agriculture-forestry", "food-gastronomy"],
        "centre": "miguel-altuna",
        "cohort_year": 2019,
        "founded_year": 2020,
        "territory": "araba",
        "town": "Aramaio",
        "website": "https://artzaina.example",
        "email": "kaixo@artzaina.example",
        "phone": "+34 600 000 391",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/artzaina_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Agroturismoa Aramaioko ardi-baserri batean: ostatua, gazta-tailerrak eta "
                "artzaintza-bisitak"
            ),
            "description": (
                "<p>Artzaina Landetxea Aramaioko baserri bat da, eta latxa-ardien artaldea du. Sei "
                "logelako agroturismoa kudeatzen dute, eta bisitariek baserriko bizimodua ezagut "
                "dezakete: ardiak jezten ikusi, <strong>Idiazabal gazta</strong> egiten ikasi edo "
                "artzainarekin mendira igo.</p>"
                "<p>Sortzaileak Miguel Altunan ikasi zuen, eta familiaren baserria berreskuratzea "
                "erabaki zuen. Urratsbatekin egin zuen bideragarritasun-plana, eta "
                "turismo-erregistroak eta landa-garapenerako laguntzak izapidetu zituen. Gaur "
                "egun, baserriko gazta eta esnekiak ere saltzen ditu bertan.</p>"
            ),
            "services": [
                "Agroturismoa",
                "Gazta-tailerrak",
                "Artzaintza-bisitak",
                "Baserriko gazta",
            ],
            "search_description": (
                "Artzaina Landetxea, Aramaio: agroturismoa ardi-baserri batean, Idiazabal gazta "
                "egiteko tailerrak eta artzainarekin bisitak."
            ),
        },
        "es": {
            "tagline": (
                "Agroturismo en un caserío ovejero de Aramaio: alojamiento, talleres de queso y "
                "visitas de pastoreo"
            ),
            "description": (
                "<p>Artzaina Landetxea es un caserío de Aramaio con un rebaño de ovejas latxas. "
                "Gestionan un agroturismo de seis habitaciones, y los visitantes pueden conocer la "
                "vida del caserío: ver el ordeño, aprender a elaborar <strong>queso "
                "Idiazabal</strong> o subir al monte con el pastor.</p>"
                "<p>Su fundadora estudió en Miguel Altuna y decidió recuperar el caserío familiar. "
                "Con Urratsbat elaboró el plan de viabilidad y tramitó los registros turísticos y "
                "las ayudas al desarrollo rural. Hoy también vende en el propio caserío su queso y "
                "sus lácteos.</p>"
            ),
            "services": [
                "Agroturismo",
                "Talleres de queso",
                "Visitas de pastoreo",
                "Queso de caserío",
            ],
            "search_description": (
                "Artzaina Landetxea, Aramaio: agroturismo en un caserío ovejero, talleres de queso "
                "Idiazabal y visitas con el pastor."
            ),
        },
        "en": {
            "tagline": (
                "Agritourism on a sheep farm in Aramaio: rural stays, cheese-making workshops and "
                "shepherding visits"
            ),
            "description": (
                "<p>Artzaina Landetxea is a farmstead in Aramaio with a flock of Latxa sheep. It "
                "runs a six-room agritourism guesthouse where visitors can experience farm life: "
                "watching the milking, learning to make <strong>Idiazabal cheese</strong> or "
                "heading up the mountain with the shepherd.</p>"
                "<p>The founder studied at Miguel Altuna and decided to bring the family farm back "
                "to life. With Urratsbat she drew up a feasibility plan and handled the tourism "
                "registrations and rural development grants. Today she also sells the farm's own "
                "cheese and dairy products on site.</p>"
            ),
            "services": [
                "Agritourism",
                "Cheese-making workshops",
                "Shepherding visits",
                "Farmhouse cheese",
            ],
            "search_description": (
                "Artzaina Landetxea, Aramaio: agritourism on a sheep farm, with Idiazabal "
                "cheese-making workshops and visits with the shepherd."
            ),
        },
    },
    {
        "slug": "giltza-ziber",
        "name": "Giltza Ziber",
        "logo_colour": "#073b4c",
        "sectors": ["digital-services"],
        "centre": "easo",
        "cohort_year": 2019,
        "founded_year": 2019,
        "territory": "gipuzkoa",
        "town": "Donostia",
        "website": "https://giltzaziber.example",
        "email": "info@giltzaziber.example",
        "phone": "+34 943 000 927",
        "linkedin_url": "https://www.linkedin.com/company/giltza-ziber-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Zibersegurtasuna ETEentzat: arrisku-azterketak, babeskopiak, langileen "
                "prestakuntza eta gorabeheren arreta"
            ),
            "description": (
                "<p>Giltza Ziberrek enpresa txiki eta ertainak babesten ditu eraso informatikoen "
                "aurrean. Sistemen <strong>segurtasun-auditoriak</strong> egiten ditu, babeskopiak "
                "eta sarbide-kontrolak antolatzen ditu, eta prestakuntza praktikoa ematen die "
                "langileei, phishinga eta beste iruzur batzuk antzemateko.</p>"
                "<p>Easo Politeknikoko sareko sistemen administrazioko bi ikasle ohik sortu zuten "
                "enpresa, Urratsbatek ikastetxean utzitako bulego batean. Gaur egun Gipuzkoako "
                "berrogei bat industria-enpresari eta aholkularitza-bulegori ematen diete "
                "zerbitzua, eguneko hogeita lau orduetan.</p>"
            ),
            "services": [
                "Zibersegurtasuna",
                "Segurtasun-auditoriak",
                "Babeskopiak",
                "Langileen prestakuntza",
            ],
            "search_description": (
                "Giltza Ziber, Donostia: ETEentzako zibersegurtasuna, segurtasun-auditoriak, "
                "babeskopiak eta langileentzako prestakuntza."
            ),
        },
        "es": {
            "tagline": (
                "Ciberseguridad para pymes: análisis de riesgos, copias de seguridad, formación y "
                "respuesta a incidentes"
            ),
            "description": (
                "<p>Giltza Ziber protege a pequeñas y medianas empresas frente a los ataques "
                "informáticos. Realiza <strong>auditorías de seguridad</strong> de los sistemas, "
                "organiza copias de seguridad y controles de acceso, y ofrece formación práctica a "
                "la plantilla para detectar el phishing y otros fraudes.</p>"
                "<p>Dos antiguos alumnos de administración de sistemas en red de Easo Politeknikoa "
                "fundaron la empresa en un despacho cedido por Urratsbat en el centro. Hoy dan "
                "servicio a una cuarentena de empresas industriales y asesorías de Gipuzkoa, con "
                "atención las veinticuatro horas.</p>"
            ),
            "services": [
                "Ciberseguridad",
                "Auditorías de seguridad",
                "Copias de seguridad",
                "Formación de plantillas",
            ],
            "search_description": (
                "Giltza Ziber, Donostia: ciberseguridad para pymes, auditorías de seguridad, "
                "copias de seguridad y formación de plantillas."
            ),
        },
        "en": {
            "tagline": (
                "Cybersecurity for SMEs: risk assessments, backups, staff training and incident "
                "response"
            ),
            "description": (
                "<p>Giltza Ziber protects small and medium-sized businesses against cyberattacks. "
                "It carries out <strong>security audits</strong>, sets up backups and access "
                "controls, and gives staff hands-on training to spot phishing and other scams.</p>"
                "<p>Two former network and systems administration students from Easo Politeknikoa "
                "founded the company in an office provided by Urratsbat at the centre. Today they "
                "serve around forty manufacturers and advisory firms in Gipuzkoa, with "
                "round-the-clock support.</p>"
            ),
            "services": ["Cybersecurity", "Security audits", "Backups", "Staff training"],
            "search_description": (
                "Giltza Ziber, Donostia: cybersecurity for SMEs, security audits, backups and "
                "staff training."
            ),
        },
    },
    {
        "slug": "kontrola-automatismoak",
        "name": "Kontrola Automatismoak",
        "logo_colour": "#ffb703",
        "sectors": ["robotics-automation"],
        "centre": "iurreta",
        "cohort_year": 2019,
        "founded_year": 2019,
        "territory": "bizkaia",
        "town": "Iurreta",
        "website": "https://kontrola.example",
        "email": "bulegoa@kontrola.example",
        "phone": "+34 946 000 274",
        "linkedin_url": "https://www.linkedin.com/company/kontrola-automatismoak-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Koadro elektrikoak, PLC programazioa eta makina zaharren modernizazioa "
                "industriarako"
            ),
            "description": (
                "<p>Kontrola Automatismoak Iurretan dago, eta Durangaldeko enpresen makinak "
                "automatizatzen ditu. Koadro elektrikoak diseinatu eta muntatzen ditu, PLCak eta "
                "operadore-panelak programatzen ditu, eta makina zaharrak modernizatzen ditu, "
                "egungo <strong>segurtasun-arauetara</strong> egokituz, makina osoa aldatu "
                "beharrik gabe.</p>"
                "<p>Iurreta LHIIko automatizazio-zikloko ikasle ohiek sortu zuten, eta Urratsbatek "
                "lagundu zien lehen bezeroak lortzen eta enpresa-forma aukeratzen. Gaur egun "
                "ikastetxearekin batera aritzen dira TKgune proiektuetan, eta urtero hartzen "
                "dituzte ikasleak praktiketan.</p>"
            ),
            "services": ["Koadro elektrikoak", "PLC programazioa", "Makinen modernizazioa"],
            "search_description": (
                "Kontrola Automatismoak, Iurreta: koadro elektrikoak, PLC programazioa eta makina "
                "zaharren modernizazioa, segurtasun-arauetara egokituta."
            ),
        },
        "es": {
            "tagline": (
                "Cuadros eléctricos, programación de PLC y modernización de maquinaria antigua "
                "para la industria"
            ),
            "description": (
                "<p>Kontrola Automatismoak está en Iurreta y automatiza máquinas de empresas del "
                "Duranguesado. Diseña y monta cuadros eléctricos, programa PLC y paneles de "
                "operador, y moderniza maquinaria antigua para adaptarla a la <strong>normativa de "
                "seguridad</strong> actual sin tener que sustituir la máquina.</p>"
                "<p>La crearon antiguos alumnos del ciclo de automatización de Iurreta LHII, y "
                "Urratsbat les ayudó a conseguir sus primeros clientes y a elegir la forma "
                "jurídica. Hoy colaboran con el centro en proyectos TKgune y acogen alumnado en "
                "prácticas cada año.</p>"
            ),
            "services": [
                "Cuadros eléctricos",
                "Programación de PLC",
                "Modernización de maquinaria",
            ],
            "search_description": (
                "Kontrola Automatismoak, Iurreta: cuadros eléctricos, programación de PLC y "
                "modernización de maquinaria adaptada a la normativa de seguridad."
            ),
        },
        "en": {
            "tagline": (
                "Electrical control panels, PLC programming and retrofitting of older machinery "
                "for industry"
            ),
            "description": (
                "<p>Kontrola Automatismoak is based in Iurreta and automates machinery for "
                "companies across Durangaldea. It designs and builds electrical control panels, "
                "programs PLCs and operator panels, and retrofits older machines to current "
                "<strong>safety standards</strong> without replacing them.</p>"
                "<p>Former automation students from Iurreta LHII set up the company, and Urratsbat "
                "helped them land their first clients and choose a legal structure. Today they "
                "work with the centre on TKgune projects and take on interns every year.</p>"
            ),
            "services": ["Control panels", "PLC programming", "Machine retrofitting"],
            "search_description": (
                "Kontrola Automatismoak, Iurreta: electrical control panels, PLC programming and "
                "machine retrofits that meet current safety standards."
            ),
        },
    },
    {
        "slug": "garia-labea",
        "name": "Garia Labea",
        "logo_colour": "#dda15e",
        "sectors": ["food-gastronomy", "agriculture-forestry"],
        "centre": "egibide",
        "cohort_year": 2020,
        "founded_year": 2021,
        "territory": "araba",
        "town": "Agurain",
        "website": "https://garialabea.example",
        "email": "kaixo@garialabea.example",
        "phone": "+34 945 000 619",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/garialabea_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Okindegi artisaua Agurainen: ama-orez egindako ogia, Arabako Lautadako gari eta "
                "zekalez"
            ),
            "description": (
                "<p>Garia Labeak egunero egiten du ogia Agurainen, ama-orearekin eta hartzidura "
                "luzeekin. Irina Lautadako nekazari-talde batek ekoizten du, "
                "<strong>gari-barietate zaharrak</strong> berreskuratuz, eta inguruko errota "
                "batean ehotzen dute. Ogi zuriaz gain, zekale-ogia, espelta-ogia eta "
                "asteburuetarako opilak ere egiten ditu.</p>"
                "<p>Sortzaileak Egibiden ikasi zuen, eta Urratsbatekin landu zituen negozio-plana "
                "eta labe-lokalaren finantzaketa. Herriko dendan saltzeaz gain, Gasteizko "
                "jatetxeei eta kontsumo-taldeei banatzen die ogia, eta ogigintza-ikastaroak ematen "
                "ditu larunbatetan.</p>"
            ),
            "services": ["Ama-oreko ogia", "Bertako irinak", "Ogigintza-ikastaroak"],
            "search_description": (
                "Garia Labea, Agurain: okindegi artisaua, ama-oreko ogia Lautadako gari "
                "zaharrekin, eta ogigintza-ikastaroak."
            ),
        },
        "es": {
            "tagline": (
                "Panadería artesana en Agurain: pan de masa madre con trigo y centeno de la "
                "Llanada Alavesa"
            ),
            "description": (
                "<p>Garia Labea hornea pan cada día en Agurain con masa madre y fermentaciones "
                "largas. La harina la produce un grupo de agricultores de la Llanada que recupera "
                "<strong>variedades antiguas de trigo</strong>, y se muele en un molino de la "
                "zona. Además del pan blanco, elabora pan de centeno y de espelta y bollería para "
                "los fines de semana.</p>"
                "<p>Su fundadora estudió en Egibide y trabajó con Urratsbat el plan de negocio y "
                "la financiación del obrador. Además de vender en la tienda del pueblo, reparte "
                "pan a restaurantes y grupos de consumo de Vitoria-Gasteiz, y los sábados imparte "
                "cursos de panadería.</p>"
            ),
            "services": ["Pan de masa madre", "Harinas locales", "Cursos de panadería"],
            "search_description": (
                "Garia Labea, Agurain: panadería artesana con pan de masa madre de trigos antiguos "
                "de la Llanada y cursos de panadería."
            ),
        },
        "en": {
            "tagline": (
                "Artisan bakery in Agurain: sourdough bread made with wheat and rye from the "
                "Llanada Alavesa plain"
            ),
            "description": (
                "<p>Garia Labea bakes bread every day in Agurain using sourdough and long "
                "fermentation. The flour comes from a group of Llanada farmers who are reviving "
                "<strong>heritage wheat varieties</strong>, and it is milled locally. As well as "
                "white loaves, the bakery makes rye and spelt bread and pastries for the "
                "weekend.</p>"
                "<p>The founder studied at Egibide and worked on her business plan and the "
                "financing for the bakehouse with Urratsbat. As well as selling in the village "
                "shop, she supplies restaurants and food co-ops in Vitoria-Gasteiz and runs "
                "bread-making courses on Saturdays.</p>"
            ),
            "services": ["Sourdough bread", "Local flour", "Bread-making courses"],
            "search_description": (
                "Garia Labea, Agurain: artisan bakery making sourdough bread from heritage Llanada "
                "wheat, plus bread-making courses."
            ),
        },
    },
    {
        "slug": "neurrira-ortesiak",
        "name": "Neurrira Ortesiak",
        "logo_colour": "#9b5de5",
        "sectors": ["health-care", "advanced-manufacturing"],
        "centre": "armeria-eskola",
        "cohort_year": 2020,
        "founded_year": 2020,
        "territory": "gipuzkoa",
        "town": "Eibar",
        "website": "https://neurrira.example",
        "email": "info@neurrira.example",
        "phone": "+34 943 000 466",
        "linkedin_url": "https://www.linkedin.com/company/neurrira-ortesiak-example",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Neurrira egindako ortesiak eta ferulak, 3D eskaneatzearen eta inprimaketaren bidez"
            ),
            "description": (
                "<p>Neurrira Ortesiak fisioterapeutekin, traumatologoekin eta ortopedia-dendekin "
                "aritzen da, paziente bakoitzarentzako ortesiak eta ferulak diseinatzeko. "
                "Gorputz-atala <strong>3D eskanerrarekin</strong> neurtzen dute, pieza "
                "ordenagailuan diseinatzen dute, eta material arin eta transpiragarrietan "
                "inprimatzen dute, egun gutxitan. Ferula tradizionalak baino arinagoak dira, eta "
                "errazago garbitzen dira.</p>"
                "<p>Enpresa Armeria Eskolan sortu zen, Urratsbaten eta ikastetxeko fabrikazio "
                "gehigarriko laborategiaren laguntzaz. Lehen proiektu pilotua Gipuzkoako ospitale "
                "bateko errehabilitazio-zerbitzuarekin egin zuten.</p>"
            ),
            "services": ["Neurrirako ortesiak", "3D eskaneatzea", "Ferulak"],
            "search_description": (
                "Neurrira Ortesiak, Eibar: neurrirako ortesiak eta ferulak 3D eskaneatzearen eta "
                "inprimaketaren bidez, fisioterapeutekin eta ospitaleekin."
            ),
        },
        "es": {
            "tagline": "Órtesis y férulas a medida mediante escaneado e impresión 3D",
            "description": (
                "<p>Neurrira Ortesiak trabaja con fisioterapeutas, traumatólogos y ortopedias para "
                "diseñar órtesis y férulas para cada paciente. Miden la zona del cuerpo con un "
                "<strong>escáner 3D</strong>, diseñan la pieza por ordenador y la imprimen en "
                "materiales ligeros y transpirables en pocos días. Son más ligeras que las férulas "
                "tradicionales y más fáciles de limpiar.</p>"
                "<p>La empresa nació en Armeria Eskola con el apoyo de Urratsbat y del laboratorio "
                "de fabricación aditiva del centro. Su primer proyecto piloto lo hicieron con el "
                "servicio de rehabilitación de un hospital de Gipuzkoa.</p>"
            ),
            "services": ["Órtesis a medida", "Escaneado 3D", "Férulas"],
            "search_description": (
                "Neurrira Ortesiak, Eibar: órtesis y férulas a medida con escaneado e impresión "
                "3D, en colaboración con fisioterapeutas y hospitales."
            ),
        },
        "en": {
            "tagline": "Custom orthoses and splints made with 3D scanning and printing",
            "description": (
                "<p>Neurrira Ortesiak works with physiotherapists, orthopaedic surgeons and "
                "orthotic suppliers to design orthoses and splints tailored to each patient. They "
                "measure the limb with a <strong>3D scanner</strong>, design the part on screen "
                "and print it in light, breathable materials within a few days. The results are "
                "lighter than traditional splints and easier to keep clean.</p>"
                "<p>The company was born at Armeria Eskola with support from Urratsbat and the "
                "centre's additive manufacturing lab. Its first pilot project was carried out with "
                "the rehabilitation department of a hospital in Gipuzkoa.</p>"
            ),
            "services": ["Custom orthoses", "3D scanning", "Splints"],
            "search_description": (
                "Neurrira Ortesiak, Eibar: custom orthoses and splints made with 3D scanning and "
                "printing, working with physiotherapists and hospitals."
            ),
        },
    },
    {
        "slug": "auzoargi",
        "name": "Auzoargi",
        "logo_colour": "#fb8500",
        "sectors": ["renewable-energy", "digital-services"],
        "centre": "txorierri",
        "cohort_year": 2020,
        "founded_year": 2020,
        "territory": "bizkaia",
        "town": "Derio",
        "website": "https://auzoargi.example",
        "email": "kaixo@auzoargi.example",
        "phone": "+34 944 000 537",
        "linkedin_url": "https://www.linkedin.com/company/auzoargi-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Energia-komunitateak kudeatzeko softwarea: eguzki-ekoizpena, energiaren banaketa "
                "eta kideen kontsumoa"
            ),
            "description": (
                "<p>Auzoargik energia-komunitateentzako plataforma bat garatu du. Herritarrek, "
                "udalek eta kooperatibek instalazio partekatuen <strong>eguzki-ekoizpena</strong> "
                "jarraitu dezakete, kide bakoitzari dagokion energia kalkulatu, eta kontsumoa "
                "ekoizpen-orduetara eramateko gomendioak jaso. Plataforma euskaraz, gaztelaniaz "
                "eta ingelesez dago, eta mugikorretik ere erabil daiteke.</p>"
                "<p>Txorierri LHIIko informatikako eta elektrizitateko ikasle ohiek jarri zuten "
                "martxan proiektua, eta Urratsbatek Derioko ikastetxean eman zien lehen bulegoa. "
                "Gaur egun, Bizkaiko eta Gipuzkoako hogeita hamar energia-komunitatek baino "
                "gehiagok erabiltzen dute plataforma.</p>"
            ),
            "services": ["Energia-komunitateak", "Eguzki-monitorizazioa", "Energiaren banaketa"],
            "search_description": (
                "Auzoargi, Derio: energia-komunitateak kudeatzeko plataforma, eguzki-ekoizpenaren "
                "jarraipena eta kideen arteko energia-banaketa."
            ),
        },
        "es": {
            "tagline": (
                "Software para gestionar comunidades energéticas: producción solar, reparto de "
                "energía y consumo de los socios"
            ),
            "description": (
                "<p>Auzoargi ha desarrollado una plataforma para comunidades energéticas. Vecinos, "
                "ayuntamientos y cooperativas pueden seguir la <strong>producción solar</strong> "
                "de las instalaciones compartidas, calcular la energía que corresponde a cada "
                "socio y recibir recomendaciones para desplazar el consumo a las horas de "
                "producción. La plataforma está disponible en euskera, castellano e inglés y "
                "también puede usarse desde el móvil.</p>"
                "<p>Antiguos alumnos de informática y electricidad de Txorierri LHII pusieron en "
                "marcha el proyecto, y Urratsbat les ofreció su primera oficina en el centro de "
                "Derio. Hoy usan la plataforma más de treinta comunidades energéticas de Bizkaia y "
                "Gipuzkoa.</p>"
            ),
            "services": ["Comunidades energéticas", "Monitorización solar", "Reparto de energía"],
            "search_description": (
                "Auzoargi, Derio: plataforma para gestionar comunidades energéticas, seguimiento "
                "de la producción solar y reparto de energía entre socios."
            ),
        },
        "en": {
            "tagline": (
                "Software for running energy communities: solar output, energy sharing and "
                "members' consumption"
            ),
            "description": (
                "<p>Auzoargi has built a platform for energy communities. Residents, local "
                "councils and cooperatives can track the <strong>solar output</strong> of shared "
                "installations, work out each member's share of the energy and get tips on "
                "shifting consumption to the hours when the panels are producing. The platform is "
                "available in Basque, Spanish and English and also works on mobile phones.</p>"
                "<p>Former IT and electrical students from Txorierri LHII launched the project, "
                "and Urratsbat gave them their first office at the centre in Derio. Today more "
                "than thirty energy communities in Bizkaia and Gipuzkoa use the platform.</p>"
            ),
            "services": ["Energy communities", "Solar monitoring", "Energy sharing"],
            "search_description": (
                "Auzoargi, Derio: a platform for running energy communities, tracking solar output "
                "and sharing energy between members."
            ),
        },
    },
    {
        "slug": "adarra-arboristak",
        "name": "Adarra Arboristak",
        "logo_colour": "#40916c",
        "sectors": ["agriculture-forestry"],
        "centre": "iurreta",
        "cohort_year": 2020,
        "founded_year": 2020,
        "territory": "bizkaia",
        "town": "Amorebieta-Etxano",
        "website": "https://adarra.example",
        "email": "kaixo@adarra.example",
        "phone": "+34 600 000 752",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Zuhaitzen zaintza eta inausketa, sokaz eta garabirik gabe: hiriko zuhaitzak, "
                "lorategiak eta baso-ertzak"
            ),
            "description": (
                "<p>Adarra Arboristak arborista-talde bat da: zuhaitzetara igo eta sokaz egiten "
                "dute lan, garabirik eta makina astunik gabe. Hiriko zuhaitzak eta lorategi "
                "pribatuetakoak inausten dituzte, zuhaitz arriskutsuak botatzen dituzte, eta "
                "udalentzako zuhaitzen <strong>osasun-azterketak</strong> egiten dituzte.</p>"
                "<p>Hiru bazkideak Iurreta LHIIn ezagutu ziren, eta Urratsbaten aholkularitzarekin "
                "erosi zuten lehen ekipamendua eta lortu zituzten segurtasun-ziurtagiriak. Gaur "
                "egun Durangaldeko eta Busturialdeko hainbat udalekin egiten dute lan.</p>"
            ),
            "services": [
                "Zuhaitzen inausketa",
                "Soka bidezko lanak",
                "Zuhaitzen osasun-azterketak",
            ],
            "search_description": (
                "Adarra Arboristak, Amorebieta-Etxano: zuhaitzen inausketa eta zaintza sokaz, "
                "zuhaitz arriskutsuak botatzea eta osasun-azterketak."
            ),
        },
        "es": {
            "tagline": (
                "Cuidado y poda de árboles con cuerdas y sin grúas: arbolado urbano, jardines y "
                "lindes forestales"
            ),
            "description": (
                "<p>Adarra Arboristak es un equipo de arboristas que trepa a los árboles y trabaja "
                "con cuerdas, sin grúas ni maquinaria pesada. Podan arbolado urbano y de jardines "
                "privados, apean árboles peligrosos y realizan <strong>estudios de salud</strong> "
                "del arbolado para ayuntamientos.</p>"
                "<p>Los tres socios se conocieron en Iurreta LHII y, con el asesoramiento de "
                "Urratsbat, compraron su primer equipo y obtuvieron las certificaciones de "
                "seguridad. Hoy trabajan con varios ayuntamientos del Duranguesado y "
                "Busturialdea.</p>"
            ),
            "services": ["Poda de árboles", "Trabajos con cuerdas", "Estudios de arbolado"],
            "search_description": (
                "Adarra Arboristak, Amorebieta-Etxano: poda y cuidado de árboles con cuerdas, apeo "
                "de árboles peligrosos y estudios de arbolado."
            ),
        },
        "en": {
            "tagline": (
                "Tree care and pruning by rope access, without cranes: street trees, gardens and "
                "woodland edges"
            ),
            "description": (
                "<p>Adarra Arboristak is a team of arborists who climb trees and work on ropes, "
                "without cranes or heavy machinery. They prune street trees and private gardens, "
                "take down dangerous trees and carry out <strong>tree health surveys</strong> for "
                "local councils.</p>"
                "<p>The three partners met at Iurreta LHII and, with advice from Urratsbat, bought "
                "their first kit and obtained their safety certifications. Today they work with "
                "several councils in Durangaldea and Busturialdea.</p>"
            ),
            "services": ["Tree pruning", "Rope access", "Tree surveys"],
            "search_description": (
                "Adarra Arboristak, Amorebieta-Etxano: tree pruning and care by rope access, "
                "dangerous tree removal and tree health surveys."
            ),
        },
    },
    {
        "slug": "arreta-software",
        "name": "Arreta Software",
        "logo_colour": "#3a86ff",
        "sectors": ["digital-services", "health-care"],
        "centre": "egibide",
        "cohort_year": 2021,
        "founded_year": 2022,
        "territory": "araba",
        "town": "Vitoria-Gasteiz",
        "website": "https://arreta.example",
        "email": "kaixo@arreta.example",
        "phone": "+34 945 000 384",
        "linkedin_url": "https://www.linkedin.com/company/arreta-software-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Zahar-etxeetarako eta eguneko zentroetarako softwarea: zaintza-planak, "
                "erregistroak eta familiekiko harremana"
            ),
            "description": (
                "<p>Arreta Softwarek zaintzaileen lana errazten du zahar-etxeetan eta eguneko "
                "zentroetan. Tabletatik erregistratzen dira botikak, otorduak, jarduerak eta "
                "gorabeherak, eta <strong>zaintza-plan</strong> indibidualak automatikoki "
                "eguneratzen dira. Familiek aplikazio bat dute, senideari buruzko berriak "
                "jasotzeko.</p>"
                "<p>Egibideko aplikazio-garapeneko zikloko ikasle ohi batek eta "
                "erizain-laguntzaile batek sortu zuten enpresa, Urratsbaten laguntzaz. "
                "Erabiltzaileekin batera diseinatu zuten tresna, eta gaur egun Arabako eta "
                "Nafarroako hogeita bost zentrotan erabiltzen da.</p>"
            ),
            "services": [
                "Zaintza-planak",
                "Zahar-etxeetarako softwarea",
                "Familientzako aplikazioa",
            ],
            "search_description": (
                "Arreta Software, Gasteiz: zahar-etxeetarako eta eguneko zentroetarako softwarea, "
                "zaintza-planak, erregistroak eta familientzako aplikazioa."
            ),
        },
        "es": {
            "tagline": (
                "Software para residencias y centros de día: planes de cuidados, registros y "
                "comunicación con las familias"
            ),
            "description": (
                "<p>Arreta Software facilita el trabajo de las personas cuidadoras en residencias "
                "y centros de día. Desde una tableta se registran la medicación, las comidas, las "
                "actividades y las incidencias, y los <strong>planes de cuidados</strong> "
                "individuales se actualizan automáticamente. Las familias disponen de una "
                "aplicación para recibir noticias de su familiar.</p>"
                "<p>Un antiguo alumno del ciclo de desarrollo de aplicaciones de Egibide y una "
                "auxiliar de enfermería crearon la empresa con el apoyo de Urratsbat. Diseñaron la "
                "herramienta junto a sus usuarios, y hoy se utiliza en veinticinco centros de "
                "Álava y Navarra.</p>"
            ),
            "services": ["Planes de cuidados", "Software para residencias", "App para familias"],
            "search_description": (
                "Arreta Software, Vitoria-Gasteiz: software para residencias y centros de día con "
                "planes de cuidados, registros y app para familias."
            ),
        },
        "en": {
            "tagline": (
                "Software for care homes and day centres: care plans, daily records and "
                "communication with families"
            ),
            "description": (
                "<p>Arreta Software makes life easier for carers in care homes and day centres. "
                "Medication, meals, activities and incidents are logged from a tablet, and "
                "individual <strong>care plans</strong> update automatically. Families get an app "
                "that keeps them posted about their relative.</p>"
                "<p>A former app development student from Egibide and a nursing assistant founded "
                "the company with support from Urratsbat. They designed the tool together with its "
                "users, and today it is used in twenty-five centres in Araba and Navarre.</p>"
            ),
            "services": ["Care plans", "Care home software", "Family app"],
            "search_description": (
                "Arreta Software, Vitoria-Gasteiz: software for care homes and day centres, with "
                "care plans, daily records and a family app."
            ),
        },
    },
    {
        "slug": "lurgarbi-robotics",
        "name": "Lurgarbi Robotics",
        "logo_colour": "#0b6e4f",
        "sectors": ["robotics-automation", "agriculture-forestry"],
        "centre": "usurbil",
        "cohort_year": 2021,
        "founded_year": 2021,
        "territory": "gipuzkoa",
        "town": "Usurbil",
        "website": "https://lurgarbi.example",
        "email": "kaixo@lurgarbi.example",
        "phone": "+34 943 000 183",
        "linkedin_url": "https://www.linkedin.com/company/lurgarbi-robotics-example",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Belar txarrak kentzeko robot autonomoak baratzeetarako eta "
                "landare-haztegietarako, herbizidarik gabe"
            ),
            "description": (
                "<p>Lurgarbi Roboticsek belar txarrak kentzen dituen robot elektriko bat garatu "
                "du. Robota ilaren artean mugitzen da, <strong>ikusmen artifizialaren</strong> "
                "bidez barazkiak eta belarrak bereizten ditu, eta belarrak mekanikoki ateratzen "
                "ditu, produktu kimikorik erabili gabe.</p>"
                "<p>Usurbil LHIIko mekatronika-ikasle ohiek sortu zuten enpresa, Urratsbaten "
                "laguntzaz, eta ikastetxeko tailerrean muntatu zuten lehen prototipoa. Gipuzkoako "
                "baserri ekologikoetan probatu zuten, eta gaur egun denboraldika alokatzen diete "
                "robota ekoizleei.</p>"
            ),
            "services": ["Desbelartze-robotak", "Ikusmen artifiziala", "Robot-alokairua"],
            "search_description": (
                "Lurgarbi Robotics, Usurbil: belar txarrak herbizidarik gabe kentzeko robot "
                "autonomoak, ikusmen artifizialarekin, baratze eta haztegietarako."
            ),
        },
        "es": {
            "tagline": (
                "Robots autónomos que eliminan las malas hierbas en huertas y viveros, sin "
                "herbicidas"
            ),
            "description": (
                "<p>Lurgarbi Robotics ha desarrollado un robot eléctrico que elimina las malas "
                "hierbas. El robot avanza entre las hileras, distingue hortalizas y hierbas "
                "mediante <strong>visión artificial</strong> y arranca las hierbas mecánicamente, "
                "sin productos químicos.</p>"
                "<p>Antiguos alumnos de mecatrónica de Usurbil LHII crearon la empresa con el "
                "apoyo de Urratsbat y montaron el primer prototipo en el taller del centro. Lo "
                "probaron en caseríos ecológicos de Gipuzkoa, y hoy alquilan el robot por "
                "temporadas a los productores.</p>"
            ),
            "services": ["Robots de escarda", "Visión artificial", "Alquiler de robots"],
            "search_description": (
                "Lurgarbi Robotics, Usurbil: robots autónomos con visión artificial que eliminan "
                "malas hierbas sin herbicidas en huertas y viveros."
            ),
        },
        "en": {
            "tagline": (
                "Autonomous weeding robots for vegetable farms and plant nurseries, with no "
                "herbicides"
            ),
            "description": (
                "<p>Lurgarbi Robotics has developed an electric weeding robot. It moves along the "
                "crop rows, uses <strong>machine vision</strong> to tell vegetables from weeds and "
                "pulls the weeds out mechanically, with no chemicals.</p>"
                "<p>Former mechatronics students from Usurbil LHII founded the company with "
                "support from Urratsbat and built the first prototype in the centre's workshop. "
                "They tested it on organic farms in Gipuzkoa and now rent the robot to growers by "
                "the season.</p>"
            ),
            "services": ["Weeding robots", "Machine vision", "Robot rental"],
            "search_description": (
                "Lurgarbi Robotics, Usurbil: autonomous weeding robots with machine vision that "
                "remove weeds without herbicides on farms and in nurseries."
            ),
        },
    },
    {
        "slug": "leihoa-films",
        "name": "Leihoa Films",
        "logo_colour": "#e63946",
        "sectors": ["design-communication"],
        "centre": "easo",
        "cohort_year": 2021,
        "founded_year": 2021,
        "territory": "gipuzkoa",
        "town": "Donostia",
        "website": "https://leihoa.example",
        "email": "kaixo@leihoa.example",
        "phone": "+34 943 000 791",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/leihoa_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Bideo-ekoizpena enpresentzat eta erakundeentzat: dokumental laburrak, bideo "
                "korporatiboak eta sare sozialetarako edukiak"
            ),
            "description": (
                "<p>Leihoa Films Donostiako bideo-ekoizpen estudio bat da. Gidoitik "
                "postprodukziora, istorioak kontatzen dituzten <strong>dokumental "
                "laburrak</strong> eta bideo korporatiboak egiten ditu, euskaraz, gaztelaniaz eta "
                "ingelesez, azpidatziak eta bertsio irisgarriak barne.</p>"
                "<p>Sortzaileak Easo Politeknikoko ikus-entzunezkoen zikloan ezagutu ziren. Lehen "
                "urtean, Urratsbatek ikastetxeko platoa eta ekipamendua erabiltzeko aukera eman "
                "zien, eta horri esker lortu zituzten lehen bezeroak: kooperatiba batzuk eta "
                "Lanbide Heziketako ikastetxe bat.</p>"
            ),
            "services": ["Bideo-ekoizpena", "Dokumentalak", "Bideo korporatiboak", "Azpidatziak"],
            "search_description": (
                "Leihoa Films, Donostia: bideo-ekoizpena, dokumental laburrak eta bideo "
                "korporatiboak euskaraz, gaztelaniaz eta ingelesez."
            ),
        },
        "es": {
            "tagline": (
                "Producción de vídeo para empresas e instituciones: documentales cortos, vídeos "
                "corporativos y contenido para redes"
            ),
            "description": (
                "<p>Leihoa Films es un estudio de producción de vídeo de Donostia. Del guion a la "
                "posproducción, realiza <strong>documentales cortos</strong> y vídeos corporativos "
                "que cuentan historias, en euskera, castellano e inglés, con subtítulos y "
                "versiones accesibles.</p>"
                "<p>Sus fundadores se conocieron en el ciclo de audiovisuales de Easo "
                "Politeknikoa. Durante el primer año, Urratsbat les dio acceso al plató y al "
                "equipo del centro, y así consiguieron sus primeros clientes: varias cooperativas "
                "y un centro de Formación Profesional.</p>"
            ),
            "services": [
                "Producción de vídeo",
                "Documentales",
                "Vídeos corporativos",
                "Subtitulado",
            ],
            "search_description": (
                "Leihoa Films, Donostia: producción de vídeo, documentales cortos y vídeos "
                "corporativos en euskera, castellano e inglés."
            ),
        },
        "en": {
            "tagline": (
                "Video production for businesses and institutions: short documentaries, corporate "
                "videos and social media content"
            ),
            "description": (
                "<p>Leihoa Films is a video production studio in Donostia. From script to "
                "post-production, it makes <strong>short documentaries</strong> and corporate "
                "videos that tell real stories, in Basque, Spanish and English, with subtitles and "
                "accessible versions.</p>"
                "<p>Its founders met on the audiovisual programme at Easo Politeknikoa. In their "
                "first year, Urratsbat gave them access to the centre's studio and equipment, "
                "which helped them win their first clients: several cooperatives and a vocational "
                "training centre.</p>"
            ),
            "services": ["Video production", "Documentaries", "Corporate videos", "Subtitling"],
            "search_description": (
                "Leihoa Films, Donostia: video production, short documentaries and corporate "
                "videos in Basque, Spanish and English."
            ),
        },
    },
    {
        "slug": "bizkor-banaketak",
        "name": "Bizkor Banaketak",
        "logo_colour": "#219ebc",
        "sectors": ["mobility-logistics"],
        "centre": "nicolas-larburu",
        "cohort_year": 2021,
        "founded_year": 2021,
        "territory": "bizkaia",
        "town": "Bilbao",
        "website": "https://bizkor.example",
        "email": "kaixo@bizkor.example",
        "phone": "+34 944 000 863",
        "linkedin_url": "https://www.linkedin.com/company/bizkor-banaketak-example",
        "instagram_url": "https://www.instagram.com/bizkor_example",
        "team_size": "11-50",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Azken kilometroko banaketa karga-bizikleta elektrikoetan, Bilbon eta Ezkerraldean"
            ),
            "description": (
                "<p>Bizkor Banaketak kooperatiba bat da, eta paketeak, dendetako erosketak eta "
                "farmaziako produktuak banatzen ditu Bilboko eta Ezkerraldeko kaleetan, "
                "<strong>karga-bizikleta elektrikoetan</strong>. Hirigunean trafikoa eta kutsadura "
                "murrizten laguntzen du, eta banaketa bakoitzean zenbat CO2 aurreztu den "
                "jakinarazten die bezeroei.</p>"
                "<p>Nicolas Larburuko ikasle ohiek sortu zuten, Urratsbaten aholkularitzarekin "
                "kooperatiba-eredua aukeratu ondoren. Gaur egun hogei banatzaile baino gehiago "
                "dira, eta haietako asko bazkide dira.</p>"
            ),
            "services": ["Azken kilometroko banaketa", "Karga-bizikletak", "Paketeria"],
            "search_description": (
                "Bizkor Banaketak, Bilbo: azken kilometroko banaketa karga-bizikleta "
                "elektrikoetan, paketeak eta dendetako erosketak Bilbon eta Ezkerraldean."
            ),
        },
        "es": {
            "tagline": (
                "Reparto de última milla en bicis de carga eléctricas, en Bilbao y la Margen "
                "Izquierda"
            ),
            "description": (
                "<p>Bizkor Banaketak es una cooperativa que reparte paquetes, compras de comercios "
                "y productos de farmacia por las calles de Bilbao y la Margen Izquierda en "
                "<strong>bicis de carga eléctricas</strong>. Ayuda a reducir el tráfico y la "
                "contaminación en el centro urbano e informa a sus clientes del CO2 ahorrado en "
                "cada entrega.</p>"
                "<p>La fundaron antiguos alumnos de Nicolas Larburu después de elegir el modelo "
                "cooperativo con el asesoramiento de Urratsbat. Hoy son más de veinte repartidores "
                "y repartidoras, y muchos de ellos son socios.</p>"
            ),
            "services": ["Reparto de última milla", "Bicis de carga", "Paquetería"],
            "search_description": (
                "Bizkor Banaketak, Bilbao: reparto de última milla en bicis de carga eléctricas, "
                "paquetería y compras de comercios en Bilbao y la Margen Izquierda."
            ),
        },
        "en": {
            "tagline": "Last-mile delivery by electric cargo bike in Bilbao and the Left Bank",
            "description": (
                "<p>Bizkor Banaketak is a cooperative that delivers parcels, shop orders and "
                "pharmacy products around Bilbao and the Left Bank on <strong>electric cargo "
                "bikes</strong>. It helps cut traffic and pollution in the city centre and tells "
                "clients how much CO2 each delivery has saved.</p>"
                "<p>Former Nicolas Larburu students set it up after choosing the cooperative model "
                "with advice from Urratsbat. Today there are more than twenty riders, many of them "
                "worker-members.</p>"
            ),
            "services": ["Last-mile delivery", "Cargo bikes", "Parcel delivery"],
            "search_description": (
                "Bizkor Banaketak, Bilbao: last-mile delivery by electric cargo bike, parcels and "
                "shop orders across Bilbao and the Left Bank."
            ),
        },
    },
    {
        "slug": "txantxangorri-studio",
        "name": "Txantxangorri Studio",
        "logo_colour": "#d62828",
        "sectors": ["digital-services", "design-communication"],
        "centre": "miguel-altuna",
        "cohort_year": 2022,
        "founded_year": 2022,
        "territory": "gipuzkoa",
        "town": "Bergara",
        "website": "https://txantxangorri.example",
        "email": "kaixo@txantxangorri.example",
        "phone": "+34 943 000 245",
        "linkedin_url": "https://www.linkedin.com/company/txantxangorri-studio-example",
        "instagram_url": "https://www.instagram.com/txantxangorri_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Aplikazio mugikorrak eta web-aplikazioak, erabiltzailearen esperientzian eta "
                "irisgarritasunean oinarrituta"
            ),
            "description": (
                "<p>Txantxangorri Studio Bergarako aplikazio-estudio bat da. Aplikazio mugikorrak "
                "eta web-aplikazioak diseinatu eta garatzen ditu enpresentzat, udalentzat eta "
                "elkarteentzat, lehen zirriborroetatik argitalpenera arte. Proiektu guztietan "
                "hasiera-hasieratik zaintzen dituzte <strong>irisgarritasuna</strong> eta "
                "euskarazko erabilera.</p>"
                "<p>Miguel Altunako bi ikasle ohik sortu zuten estudioa, Urratsbatek ikastetxean "
                "utzitako bulego batean. Haien azken lanen artean daude herri bateko jaietarako "
                "aplikazio bat eta industria-enpresa batentzako mantentze-lanen aplikazioa. "
                "Ikastetxeko ikasleekin ere aritzen dira, praktiken eta proiektu bateratuen "
                "bidez.</p>"
            ),
            "services": [
                "Aplikazio mugikorrak",
                "Web-aplikazioak",
                "UX diseinua",
                "Irisgarritasuna",
            ],
            "search_description": (
                "Txantxangorri Studio, Bergara: aplikazio mugikorrak eta web-aplikazioak, UX "
                "diseinua eta irisgarritasuna enpresa, udal eta elkarteentzat."
            ),
        },
        "es": {
            "tagline": (
                "Aplicaciones móviles y web centradas en la experiencia de usuario y la "
                "accesibilidad"
            ),
            "description": (
                "<p>Txantxangorri Studio es un estudio de aplicaciones de Bergara. Diseña y "
                "desarrolla aplicaciones móviles y web para empresas, ayuntamientos y "
                "asociaciones, desde los primeros bocetos hasta su publicación. En todos sus "
                "proyectos cuidan desde el principio la <strong>accesibilidad</strong> y el uso en "
                "euskera.</p>"
                "<p>Dos antiguos alumnos de Miguel Altuna crearon el estudio en un despacho cedido "
                "por Urratsbat en el centro. Entre sus últimos trabajos hay una app para las "
                "fiestas de un pueblo y una aplicación de mantenimiento para una empresa "
                "industrial. También trabajan con el alumnado del centro a través de prácticas y "
                "proyectos conjuntos.</p>"
            ),
            "services": ["Aplicaciones móviles", "Aplicaciones web", "Diseño UX", "Accesibilidad"],
            "search_description": (
                "Txantxangorri Studio, Bergara: aplicaciones móviles y web, diseño UX y "
                "accesibilidad para empresas, ayuntamientos y asociaciones."
            ),
        },
        "en": {
            "tagline": "Mobile and web apps built around user experience and accessibility",
            "description": (
                "<p>Txantxangorri Studio is an app studio in Bergara. It designs and builds mobile "
                "and web apps for companies, local councils and associations, from first sketches "
                "to launch. In every project they build in <strong>accessibility</strong> and "
                "Basque-language use from the very start.</p>"
                "<p>Two former Miguel Altuna students set up the studio in an office provided by "
                "Urratsbat at the centre. Their recent work includes an app for a town's "
                "festivities and a maintenance app for an industrial company. They also work with "
                "the centre's students through internships and joint projects.</p>"
            ),
            "services": ["Mobile apps", "Web apps", "UX design", "Accessibility"],
            "search_description": (
                "Txantxangorri Studio, Bergara: mobile and web apps, UX design and accessibility "
                "for companies, councils and associations."
            ),
        },
    },
    {
        "slug": "eskuz-kooperatiba",
        "name": "Eskuz Kooperatiba",
        "logo_colour": "#8338ec",
        "sectors": ["health-care", "design-communication"],
        "centre": "egibide",
        "cohort_year": 2022,
        "founded_year": 2022,
        "territory": "araba",
        "town": "Vitoria-Gasteiz",
        "website": "https://eskuz.example",
        "email": "kaixo@eskuz.example",
        "phone": "+34 945 000 447",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Zeinu-hizkuntzako interpreteen kooperatiba: ekitaldiak, osasun-hitzorduak, "
                "ikastetxeak eta bideoak"
            ),
            "description": (
                "<p>Eskuz Kooperatibak zeinu-hizkuntzako interpretazio-zerbitzua eskaintzen du "
                "Araban eta Euskal Autonomia Erkidego osoan. Interpreteak osasun-hitzorduetara, "
                "epaiketetara, ikastetxeetara eta ekitaldi publikoetara joaten dira, eta "
                "<strong>urruneko interpretazioa</strong> ere eskaintzen dute, bideodei bidez. "
                "Guztira hamar interprete dira, eta euskaraz zein gaztelaniaz egiten dute lan.</p>"
                "<p>Egibideko zeinu-hizkuntzako interpretazio-zikloko sei ikaskidek sortu zuten "
                "kooperatiba. Urratsbatek estatutuak idazten eta lehen kontratu publikoetara "
                "aurkezten lagundu zien. Bideoen azpidatziak eta zeinu-hizkuntzako bertsioak ere "
                "egiten dituzte.</p>"
            ),
            "services": [
                "Zeinu-hizkuntzako interpretazioa",
                "Urruneko interpretazioa",
                "Bideo irisgarriak",
            ],
            "search_description": (
                "Eskuz Kooperatiba, Gasteiz: zeinu-hizkuntzako interpretazioa osasun-hitzorduetan, "
                "ikastetxeetan eta ekitaldietan, baita urrutitik ere."
            ),
        },
        "es": {
            "tagline": (
                "Cooperativa de intérpretes de lengua de signos: eventos, citas médicas, centros "
                "educativos y vídeos"
            ),
            "description": (
                "<p>Eskuz Kooperatiba ofrece servicios de interpretación en lengua de signos en "
                "Álava y en toda la Comunidad Autónoma Vasca. Sus intérpretes acuden a citas "
                "médicas, juicios, centros educativos y actos públicos, y también ofrecen "
                "<strong>interpretación a distancia</strong> por videollamada. En total son diez "
                "profesionales y trabajan tanto en euskera como en castellano.</p>"
                "<p>Seis compañeras del ciclo de interpretación de lengua de signos de Egibide "
                "fundaron la cooperativa. Urratsbat les ayudó a redactar los estatutos y a "
                "presentarse a sus primeros contratos públicos. También subtitulan vídeos y "
                "preparan versiones en lengua de signos.</p>"
            ),
            "services": [
                "Interpretación en lengua de signos",
                "Interpretación a distancia",
                "Vídeos accesibles",
            ],
            "search_description": (
                "Eskuz Kooperatiba, Vitoria-Gasteiz: interpretación en lengua de signos en citas "
                "médicas, centros educativos y eventos, también a distancia."
            ),
        },
        "en": {
            "tagline": (
                "Sign language interpreting cooperative: events, medical appointments, schools and "
                "video"
            ),
            "description": (
                "<p>Eskuz Kooperatiba provides sign language interpreting in Araba and across the "
                "Basque Autonomous Community. Its interpreters attend medical appointments, court "
                "hearings, schools and public events, and also offer <strong>remote "
                "interpreting</strong> by video call. There are ten interpreters in all, working "
                "in both Basque and Spanish.</p>"
                "<p>Six classmates from the sign language interpreting programme at Egibide "
                "founded the cooperative. Urratsbat helped them draft their articles of "
                "association and bid for their first public contracts. They also subtitle videos "
                "and produce sign language versions.</p>"
            ),
            "services": ["Sign language interpreting", "Remote interpreting", "Accessible video"],
            "search_description": (
                "Eskuz Kooperatiba, Vitoria-Gasteiz: sign language interpreting for medical "
                "appointments, schools and events, in person or remotely."
            ),
        },
    },
    {
        "slug": "berpiztu-tech",
        "name": "Berpiztu Tech",
        "logo_colour": "#2a9d8f",
        "sectors": ["digital-services"],
        "centre": "txorierri",
        "cohort_year": 2022,
        "founded_year": 2023,
        "territory": "bizkaia",
        "town": "Bilbao",
        "website": "https://berpiztu.example",
        "email": "kaixo@berpiztu.example",
        "phone": "+34 944 000 918",
        "linkedin_url": "https://www.linkedin.com/company/berpiztu-tech-example",
        "instagram_url": "https://www.instagram.com/berpiztu_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Ordenagailu berrituak ikastetxeentzat, elkarteentzat eta etxeentzat, hiru urteko "
                "bermearekin"
            ),
            "description": (
                "<p>Berpiztu Techek enpresek erabiltzen ez dituzten ordenagailu eramangarriak eta "
                "mahaigainekoak jasotzen ditu, datuak modu seguruan ezabatzen ditu, piezak "
                "aldatzen ditu eta <strong>software librea</strong> instalatzen du. Ondoren, "
                "prezio onean saltzen ditu ikastetxeetara, elkarteetara eta etxeetara.</p>"
                "<p>Txorierri LHIIko sistemen zikloko bi ikasle ohik jarri zuten martxan "
                "proiektua, Urratsbaten laguntzaz, eta gizarteratze-enpresa batekin lankidetzan "
                "ari dira. Hiru urtean, zabortegian amaituko zuten lau mila ordenagailu baino "
                "gehiago berreskuratu dituzte.</p>"
            ),
            "services": ["Ordenagailu berrituak", "Datuen ezabatze segurua", "Software librea"],
            "search_description": (
                "Berpiztu Tech, Bilbo: ordenagailu berrituak hiru urteko bermearekin, datuen "
                "ezabatze segurua eta software librea."
            ),
        },
        "es": {
            "tagline": (
                "Ordenadores reacondicionados para centros educativos, asociaciones y hogares, con "
                "tres años de garantía"
            ),
            "description": (
                "<p>Berpiztu Tech recoge portátiles y ordenadores de sobremesa que las empresas ya "
                "no usan, borra los datos de forma segura, sustituye piezas e instala "
                "<strong>software libre</strong>. Después los vende a buen precio a centros "
                "educativos, asociaciones y hogares.</p>"
                "<p>Dos antiguos alumnos del ciclo de sistemas de Txorierri LHII pusieron en "
                "marcha el proyecto con el apoyo de Urratsbat, y colaboran con una empresa de "
                "inserción. En tres años han recuperado más de cuatro mil ordenadores que habrían "
                "acabado en el vertedero.</p>"
            ),
            "services": [
                "Ordenadores reacondicionados",
                "Borrado seguro de datos",
                "Software libre",
            ],
            "search_description": (
                "Berpiztu Tech, Bilbao: ordenadores reacondicionados con tres años de garantía, "
                "borrado seguro de datos y software libre."
            ),
        },
        "en": {
            "tagline": (
                "Refurbished computers for schools, non-profits and households, with a three-year "
                "warranty"
            ),
            "description": (
                "<p>Berpiztu Tech collects laptops and desktops that companies no longer need, "
                "securely wipes the data, replaces worn parts and installs <strong>free "
                "software</strong>. The computers are then sold at affordable prices to schools, "
                "non-profits and households.</p>"
                "<p>Two former systems students from Txorierri LHII launched the project with "
                "support from Urratsbat, and they work with a social integration enterprise. In "
                "three years they have rescued more than four thousand computers that would "
                "otherwise have ended up in landfill.</p>"
            ),
            "services": ["Refurbished computers", "Secure data wiping", "Free software"],
            "search_description": (
                "Berpiztu Tech, Bilbao: refurbished computers with a three-year warranty, secure "
                "data wiping and free software."
            ),
        },
    },
    {
        "slug": "begira-vision",
        "name": "Begira Vision",
        "logo_colour": "#4361ee",
        "sectors": ["robotics-automation", "digital-services"],
        "centre": "armeria-eskola",
        "cohort_year": 2022,
        "founded_year": 2022,
        "territory": "bizkaia",
        "town": "Ermua",
        "website": "https://begira.example",
        "email": "info@begira.example",
        "phone": "+34 943 000 572",
        "linkedin_url": "https://www.linkedin.com/company/begira-vision-example",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Ikusmen artifizialeko sistemak kalitate-kontrolerako: akatsak detektatzea eta "
                "neurtzea ekoizpen-lerroan bertan"
            ),
            "description": (
                "<p>Begira Visionek kamerak, argiztapena eta <strong>adimen artifizialeko</strong> "
                "ereduak uztartzen ditu, ekoizpen-lerroko pieza guztiak automatikoki ikuskatzeko. "
                "Haren sistemek pitzadurak, marradurak eta neurri okerrak hautematen dituzte "
                "segundo-hamarren batean, eta pieza akastunak lerrotik ateratzen dituzte.</p>"
                "<p>Armeria Eskolako bi ikasle ohik sortu zuten enpresa Ermuan, Urratsbaten "
                "aholkularitzarekin. Ikastetxearekin batera TKgune proiektu bat egin zuten "
                "forja-enpresa batean, eta proiektu horretatik atera zen haien lehen produktua.</p>"
            ),
            "services": ["Ikusmen artifiziala", "Kalitate-kontrola", "Adimen artifiziala"],
            "search_description": (
                "Begira Vision, Ermua: ikusmen artifizialeko sistemak kalitate-kontrolerako, "
                "akatsak detektatzeko eta neurtzeko ekoizpen-lerroan."
            ),
        },
        "es": {
            "tagline": (
                "Sistemas de visión artificial para el control de calidad: detección de defectos y "
                "medición en línea"
            ),
            "description": (
                "<p>Begira Vision combina cámaras, iluminación y modelos de <strong>inteligencia "
                "artificial</strong> para inspeccionar automáticamente todas las piezas de una "
                "línea de producción. Sus sistemas detectan grietas, rayas y medidas incorrectas "
                "en una décima de segundo y retiran de la línea las piezas defectuosas.</p>"
                "<p>Dos antiguos alumnos de Armeria Eskola crearon la empresa en Ermua con el "
                "asesoramiento de Urratsbat. Junto con el centro desarrollaron un proyecto TKgune "
                "en una empresa de forja, y de ese proyecto salió su primer producto.</p>"
            ),
            "services": ["Visión artificial", "Control de calidad", "Inteligencia artificial"],
            "search_description": (
                "Begira Vision, Ermua: sistemas de visión artificial para el control de calidad, "
                "detección de defectos y medición en línea."
            ),
        },
        "en": {
            "tagline": (
                "Machine vision systems for quality control: in-line defect detection and "
                "measurement"
            ),
            "description": (
                "<p>Begira Vision combines cameras, lighting and <strong>artificial "
                "intelligence</strong> models to inspect every part on a production line "
                "automatically. Its systems detect cracks, scratches and wrong dimensions in a "
                "tenth of a second and remove faulty parts from the line.</p>"
                "<p>Two former Armeria Eskola students founded the company in Ermua with advice "
                "from Urratsbat. Together with the school they ran a TKgune project at a forging "
                "company, and that project led to their first product.</p>"
            ),
            "services": ["Machine vision", "Quality control", "Artificial intelligence"],
            "search_description": (
                "Begira Vision, Ermua: machine vision systems for quality control, in-line defect "
                "detection and measurement."
            ),
        },
    },
    {
        "slug": "lautada-logistika",
        "name": "Lautada Logistika",
        "logo_colour": "#023047",
        "sectors": ["mobility-logistics", "digital-services"],
        "centre": "egibide",
        "cohort_year": 2023,
        "founded_year": 2023,
        "territory": "araba",
        "town": "Vitoria-Gasteiz",
        "website": "https://lautada.example",
        "email": "info@lautada.example",
        "phone": "+34 945 000 706",
        "linkedin_url": "https://www.linkedin.com/company/lautada-logistika-example",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Biltegien eta garraio-ibilbideen optimizazioa industria-ETEentzat, haien datuetan "
                "oinarrituta"
            ),
            "description": (
                "<p>Lautada Logistikak Gasteizko Jundizeko eta Araiako industrialdeetako enpresei "
                "laguntzen die biltegiak eta banaketa hobeto antolatzen. Enpresaren datuak "
                "aztertzen ditu, <strong>ibilbideak optimizatzeko</strong> software bat ezartzen "
                "du eta langileak prestatzen ditu, kilometroak eta itxaronaldiak murrizteko.</p>"
                "<p>Egibideko garraio eta logistikako zikloko bi ikasle ohik sortu zuten enpresa. "
                "Urratsbaten bidez, bulegoa izan zuten ikastetxean, eta mentore baten laguntza "
                "jaso zuten lehen urtean. Lehen bezeroetan, %15 murriztu dituzte egindako "
                "kilometroak, batez beste.</p>"
            ),
            "services": ["Ibilbideen optimizazioa", "Biltegien antolaketa", "Datu-analisia"],
            "search_description": (
                "Lautada Logistika, Gasteiz: biltegien eta garraio-ibilbideen optimizazioa "
                "industria-ETEentzat, datu-analisian oinarrituta."
            ),
        },
        "es": {
            "tagline": (
                "Optimización de almacenes y rutas de transporte para pymes industriales, a partir "
                "de sus datos"
            ),
            "description": (
                "<p>Lautada Logistika ayuda a empresas de los polígonos de Júndiz, en "
                "Vitoria-Gasteiz, y de Araia a organizar mejor sus almacenes y su distribución. "
                "Analiza los datos de la empresa, implanta un software de <strong>optimización de "
                "rutas</strong> y forma a la plantilla para reducir kilómetros y tiempos de "
                "espera.</p>"
                "<p>Dos antiguos alumnos del ciclo de transporte y logística de Egibide fundaron "
                "la empresa. Gracias a Urratsbat, tuvieron oficina en el centro y el apoyo de una "
                "mentora durante el primer año. En sus primeros clientes han reducido de media un "
                "15 % los kilómetros recorridos.</p>"
            ),
            "services": ["Optimización de rutas", "Organización de almacenes", "Análisis de datos"],
            "search_description": (
                "Lautada Logistika, Vitoria-Gasteiz: optimización de almacenes y rutas de "
                "transporte para pymes industriales a partir del análisis de datos."
            ),
        },
        "en": {
            "tagline": "Data-driven warehouse and transport route optimisation for industrial SMEs",
            "description": (
                "<p>Lautada Logistika helps companies on the Júndiz estate in Vitoria-Gasteiz and "
                "in Araia organise their warehouses and distribution more efficiently. It analyses "
                "each company's data, implements <strong>route optimisation</strong> software and "
                "trains staff to cut mileage and waiting times.</p>"
                "<p>Two former transport and logistics students from Egibide founded the company. "
                "Through Urratsbat, they had an office at the centre and support from a mentor "
                "during their first year. With their first clients they have cut the distance "
                "driven by 15% on average.</p>"
            ),
            "services": ["Route optimisation", "Warehouse layout", "Data analysis"],
            "search_description": (
                "Lautada Logistika, Vitoria-Gasteiz: data-driven warehouse and transport route "
                "optimisation for industrial SMEs."
            ),
        },
    },
    {
        "slug": "teilatu-solar",
        "name": "Teilatu Solar",
        "logo_colour": "#ffbe0b",
        "sectors": ["renewable-energy", "sustainable-construction"],
        "centre": "usurbil",
        "cohort_year": 2023,
        "founded_year": 2023,
        "territory": "gipuzkoa",
        "town": "Zarautz",
        "website": "https://teilatu.example",
        "email": "kaixo@teilatu.example",
        "phone": "+34 943 000 394",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/teilatu_example",
        "team_size": "6-10",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Eguzki-instalazioak etxebizitzetan, baserrietan eta pabiloietan: diseinua, "
                "muntaketa eta mantentzea"
            ),
            "description": (
                "<p>Teilatu Solarrek eguzki-plaka fotovoltaikoak eta baterien sistemak instalatzen "
                "ditu Urola Kostan eta Donostialdean. Teilatua aztertu, instalazioa diseinatu eta "
                "<strong>izapide guztiak</strong> egiten dituzte, dirulaguntzak eta sarera "
                "konektatzeko baimenak barne.</p>"
                "<p>Usurbil LHIIko elektrizitate-zikloko lau ikaskidek sortu zuten enpresa. "
                "Urratsbatek negozio-plana prestatzen lagundu zien, eta ikastetxeko instalazio "
                "fotovoltaikoan egin zituzten lehen probak. Gaur egun, energia-komunitateentzako "
                "instalazio partekatuak ere egiten dituzte, auzoetako eraikinen teilatuetan.</p>"
            ),
            "services": [
                "Eguzki-plakak",
                "Baterien sistemak",
                "Autokontsumoa",
                "Energia-komunitateak",
            ],
            "search_description": (
                "Teilatu Solar, Zarautz: eguzki-instalazioak eta bateriak etxebizitza, baserri eta "
                "pabiloietan, izapideak eta dirulaguntzak barne."
            ),
        },
        "es": {
            "tagline": (
                "Instalaciones solares en viviendas, caseríos y naves: diseño, montaje y "
                "mantenimiento"
            ),
            "description": (
                "<p>Teilatu Solar instala placas fotovoltaicas y sistemas de baterías en Urola "
                "Kosta y Donostialdea. Estudian el tejado, diseñan la instalación y se encargan de "
                "<strong>todos los trámites</strong>, incluidas las subvenciones y los permisos de "
                "conexión a la red.</p>"
                "<p>Cuatro compañeros del ciclo de electricidad de Usurbil LHII crearon la "
                "empresa. Urratsbat les ayudó a preparar el plan de negocio, y realizaron sus "
                "primeras pruebas en la instalación fotovoltaica del centro. Hoy también montan "
                "instalaciones compartidas para comunidades energéticas en los tejados de "
                "edificios de barrio.</p>"
            ),
            "services": [
                "Placas solares",
                "Sistemas de baterías",
                "Autoconsumo",
                "Comunidades energéticas",
            ],
            "search_description": (
                "Teilatu Solar, Zarautz: instalaciones solares y baterías en viviendas, caseríos y "
                "naves, con trámites y subvenciones incluidos."
            ),
        },
        "en": {
            "tagline": (
                "Solar installations for homes, farmhouses and industrial buildings: design, "
                "fitting and maintenance"
            ),
            "description": (
                "<p>Teilatu Solar installs solar panels and battery systems in Urola Kosta and "
                "Donostialdea. They survey the roof, design the installation and take care of "
                "<strong>all the paperwork</strong>, including grants and grid connection "
                "permits.</p>"
                "<p>Four classmates from the electrical programme at Usurbil LHII founded the "
                "company. Urratsbat helped them prepare their business plan, and they ran their "
                "first tests on the centre's own solar installation. Today they also fit shared "
                "installations for energy communities on neighbourhood rooftops.</p>"
            ),
            "services": [
                "Solar panels",
                "Battery systems",
                "Self-consumption",
                "Energy communities",
            ],
            "search_description": (
                "Teilatu Solar, Zarautz: solar and battery installations for homes, farmhouses and "
                "industrial buildings, with paperwork and grants handled."
            ),
        },
    },
    {
        "slug": "hostoa-farms",
        "name": "Hostoa Farms",
        "logo_colour": "#80b918",
        "sectors": ["agriculture-forestry", "food-gastronomy"],
        "centre": "txorierri",
        "cohort_year": 2023,
        "founded_year": 2024,
        "territory": "bizkaia",
        "town": "Zamudio",
        "website": "https://hostoa.example",
        "email": "kaixo@hostoa.example",
        "phone": "+34 944 000 655",
        "linkedin_url": "https://www.linkedin.com/company/hostoa-farms-example",
        "instagram_url": "https://www.instagram.com/hostoa_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Laborantza bertikala Zamudion: hosto-barazkiak, belar aromatikoak eta kimuak urte "
                "osoan, pestizidarik gabe"
            ),
            "description": (
                "<p>Hostoa Farmsek industria-pabiloi zahar bat laborantza bertikaleko gune bihurtu "
                "du. <strong>LED argiztapena</strong> eta ur-birzirkulazioa erabiliz, letxugak, "
                "albahaka eta kimuak ekoizten dituzte, ohiko laborantzak baino askoz ur "
                "gutxiagorekin, eta egun berean banatzen dituzte Bilboko jatetxe eta dendetara.</p>"
                "<p>Txorierri LHIIko ikasle ohiek jarri zuten martxan proiektua, eta Urratsbaten "
                "laguntzaz egin zituzten bideragarritasun-azterketa eta lehen "
                "finantzaketa-kanpaina. Orain, ikastetxearekin batera, sentsoreak eta "
                "argi-errezetak hobetzeko proiektu batean ari dira.</p>"
            ),
            "services": ["Laborantza bertikala", "Hosto-barazkiak", "Kimuak", "Belar aromatikoak"],
            "search_description": (
                "Hostoa Farms, Zamudio: laborantza bertikala, hosto-barazkiak, kimuak eta belar "
                "aromatikoak urte osoan, pestizidarik gabe."
            ),
        },
        "es": {
            "tagline": (
                "Cultivo vertical en Zamudio: hortalizas de hoja, hierbas aromáticas y brotes todo "
                "el año y sin pesticidas"
            ),
            "description": (
                "<p>Hostoa Farms ha convertido un antiguo pabellón industrial en una granja "
                "vertical. Con <strong>iluminación LED</strong> y recirculación del agua, cultivan "
                "lechugas, albahaca y brotes con mucha menos agua que el cultivo convencional, y "
                "los reparten el mismo día a restaurantes y tiendas de Bilbao.</p>"
                "<p>Antiguos alumnos de Txorierri LHII pusieron en marcha el proyecto y, con el "
                "apoyo de Urratsbat, hicieron el estudio de viabilidad y su primera campaña de "
                "financiación. Ahora trabajan con el centro en un proyecto para mejorar los "
                "sensores y las recetas de luz.</p>"
            ),
            "services": ["Cultivo vertical", "Hortalizas de hoja", "Brotes", "Hierbas aromáticas"],
            "search_description": (
                "Hostoa Farms, Zamudio: cultivo vertical de hortalizas de hoja, brotes y hierbas "
                "aromáticas todo el año y sin pesticidas."
            ),
        },
        "en": {
            "tagline": (
                "Vertical farming in Zamudio: leafy greens, herbs and microgreens all year round, "
                "pesticide-free"
            ),
            "description": (
                "<p>Hostoa Farms has turned an old industrial unit into a vertical farm. Using "
                "<strong>LED lighting</strong> and water recirculation, they grow lettuce, basil "
                "and microgreens with far less water than conventional farming, and deliver them "
                "the same day to restaurants and shops in Bilbao.</p>"
                "<p>Former Txorierri LHII students launched the project and, with support from "
                "Urratsbat, completed their feasibility study and first crowdfunding campaign. "
                "They are now working with the centre on a project to improve their sensors and "
                "light recipes.</p>"
            ),
            "services": ["Vertical farming", "Leafy greens", "Microgreens", "Fresh herbs"],
            "search_description": (
                "Hostoa Farms, Zamudio: vertical farming of leafy greens, microgreens and herbs "
                "all year round, pesticide-free."
            ),
        },
    },
    {
        "slug": "lastoa-bioeraikuntza",
        "name": "Lastoa Bioeraikuntza",
        "logo_colour": "#bc6c25",
        "sectors": ["sustainable-construction"],
        "centre": "nicolas-larburu",
        "cohort_year": 2023,
        "founded_year": 2023,
        "territory": "bizkaia",
        "town": "Güeñes",
        "website": "https://lastoa.example",
        "email": "kaixo@lastoa.example",
        "phone": "+34 946 000 821",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/lastoa_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Bioeraikuntza: egurrezko egitura eta lasto-blokeak dituzten etxeak, eta "
                "etxebizitzen birgaitze ekologikoa"
            ),
            "description": (
                "<p>Lastoa Bioeraikuntzak material naturalekin eraikitzen ditu etxeak Enkarterrin "
                "eta Bizkaia osoan: egurrezko egitura, <strong>lasto-blokeak</strong> isolamendu "
                "gisa eta buztinezko zarpiak. Eraikin horiek energia gutxi behar dute berotzeko, "
                "eta barneko airearen kalitatea oso ona da.</p>"
                "<p>Nicolas Larburuko eraikuntza-zikloko ikasle ohiek sortu zuten enpresa, eta "
                "Urratsbatek aholkularitza eman zien lehen obretako aurrekontuak eta aseguruak "
                "prestatzeko. Bioeraikuntza-ikastaroak ere antolatzen dituzte, benetako obretan "
                "parte hartuz ikasteko.</p>"
            ),
            "services": ["Bioeraikuntza", "Lasto-blokeak", "Birgaitze ekologikoa", "Ikastaroak"],
            "search_description": (
                "Lastoa Bioeraikuntza, Gueñes: egurrezko eta lastozko etxeak, buztinezko zarpiak "
                "eta etxebizitzen birgaitze ekologikoa Bizkaian."
            ),
        },
        "es": {
            "tagline": (
                "Bioconstrucción: casas con estructura de madera y balas de paja, y rehabilitación "
                "ecológica de viviendas"
            ),
            "description": (
                "<p>Lastoa Bioeraikuntza construye viviendas con materiales naturales en "
                "Enkarterri y en toda Bizkaia: estructura de madera, <strong>balas de "
                "paja</strong> como aislamiento y revocos de arcilla. Son edificios que necesitan "
                "muy poca energía para calentarse y tienen una excelente calidad del aire "
                "interior.</p>"
                "<p>Antiguos alumnos del ciclo de construcción de Nicolas Larburu crearon la "
                "empresa, y Urratsbat les asesoró para preparar los presupuestos y los seguros de "
                "sus primeras obras. También organizan cursos de bioconstrucción para aprender "
                "participando en obras reales.</p>"
            ),
            "services": ["Bioconstrucción", "Balas de paja", "Rehabilitación ecológica", "Cursos"],
            "search_description": (
                "Lastoa Bioeraikuntza, Güeñes: casas de madera y paja, revocos de arcilla y "
                "rehabilitación ecológica de viviendas en Bizkaia."
            ),
        },
        "en": {
            "tagline": (
                "Natural building: timber-frame and straw-bale houses, and eco-renovation of older "
                "homes"
            ),
            "description": (
                "<p>Lastoa Bioeraikuntza builds homes from natural materials in Enkarterri and "
                "across Bizkaia: timber frames, <strong>straw bales</strong> for insulation and "
                "clay plasters. These buildings need very little energy to heat and offer "
                "excellent indoor air quality.</p>"
                "<p>Former construction students from Nicolas Larburu set up the company, and "
                "Urratsbat advised them on preparing quotes and insurance for their first "
                "projects. They also run natural building courses where participants learn by "
                "working on real sites.</p>"
            ),
            "services": ["Natural building", "Straw bales", "Eco-renovation", "Courses"],
            "search_description": (
                "Lastoa Bioeraikuntza, Güeñes: timber and straw-bale homes, clay plasters and "
                "eco-renovation of houses in Bizkaia."
            ),
        },
    },
    {
        "slug": "belatz-inspekzioak",
        "name": "Belatz Inspekzioak",
        "logo_colour": "#264653",
        "sectors": ["robotics-automation", "renewable-energy"],
        "centre": "egibide",
        "cohort_year": 2024,
        "founded_year": 2024,
        "territory": "araba",
        "town": "Vitoria-Gasteiz",
        "website": "https://belatz.example",
        "email": "info@belatz.example",
        "phone": "+34 945 000 851",
        "linkedin_url": "https://www.linkedin.com/company/belatz-inspekzioak-example",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "tkgune", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Drone bidezko ikuskapenak: aerosorgailuak, eguzki-parkeak, teilatuak eta linea "
                "elektrikoak"
            ),
            "description": (
                "<p>Belatz Inspekzioak droneak erabiltzen ditu azpiegitura energetikoak eta "
                "eraikinak ikuskatzeko, aldamiorik eta garabirik gabe. <strong>Kamera "
                "termografikoei</strong> esker, eguzki-parkeetako panel akastunak eta teilatuetako "
                "ur-ihesak detektatzen dituzte, eta aerosorgailuen palen argazki zehatzak "
                "ateratzen dituzte.</p>"
                "<p>Egibideko bi ikasle ohik sortu zuten enpresa, eta Urratsbatek aholkularitza "
                "eman zien drone-operadore gisa erregistratzeko eta lehen ekipamendua "
                "finantzatzeko. Emaitzak txosten argi batean entregatzen dituzte, bezeroek "
                "mantentze-lanak lehenetsi ditzaten.</p>"
            ),
            "services": ["Drone bidezko ikuskapenak", "Termografia", "Aerosorgailuak"],
            "search_description": (
                "Belatz Inspekzioak, Gasteiz: drone bidezko ikuskapenak eta termografia "
                "aerosorgailu, eguzki-parke, teilatu eta linea elektrikoetan."
            ),
        },
        "es": {
            "tagline": (
                "Inspecciones con drones: aerogeneradores, parques solares, cubiertas y líneas "
                "eléctricas"
            ),
            "description": (
                "<p>Belatz Inspekzioak utiliza drones para inspeccionar infraestructuras "
                "energéticas y edificios sin andamios ni grúas. Gracias a sus <strong>cámaras "
                "termográficas</strong>, detectan paneles defectuosos en parques solares y "
                "filtraciones en cubiertas, y toman fotografías detalladas de las palas de los "
                "aerogeneradores.</p>"
                "<p>Dos antiguos alumnos de Egibide fundaron la empresa, y Urratsbat les asesoró "
                "para registrarse como operadores de drones y financiar su primer equipo. Entregan "
                "los resultados en un informe claro para que sus clientes puedan priorizar el "
                "mantenimiento.</p>"
            ),
            "services": ["Inspección con drones", "Termografía", "Aerogeneradores"],
            "search_description": (
                "Belatz Inspekzioak, Vitoria-Gasteiz: inspecciones con drones y termografía de "
                "aerogeneradores, parques solares, cubiertas y líneas eléctricas."
            ),
        },
        "en": {
            "tagline": "Drone inspections: wind turbines, solar farms, roofs and power lines",
            "description": (
                "<p>Belatz Inspekzioak uses drones to inspect energy infrastructure and buildings "
                "without scaffolding or cranes. With <strong>thermal imaging cameras</strong>, "
                "they spot faulty panels in solar farms and leaks in roofs, and take detailed "
                "photographs of wind turbine blades.</p>"
                "<p>Two former Egibide students founded the company, and Urratsbat advised them on "
                "registering as drone operators and financing their first equipment. They deliver "
                "their findings in a clear report that helps clients prioritise maintenance.</p>"
            ),
            "services": ["Drone inspections", "Thermal imaging", "Wind turbines"],
            "search_description": (
                "Belatz Inspekzioak, Vitoria-Gasteiz: drone inspections and thermal imaging of "
                "wind turbines, solar farms, roofs and power lines."
            ),
        },
    },
    {
        "slug": "karga-leintz",
        "name": "Karga Leintz",
        "logo_colour": "#00b4d8",
        "sectors": ["renewable-energy", "mobility-logistics"],
        "centre": "miguel-altuna",
        "cohort_year": 2024,
        "founded_year": 2025,
        "territory": "gipuzkoa",
        "town": "Arrasate",
        "website": "https://kargaleintz.example",
        "email": "kaixo@kargaleintz.example",
        "phone": "+34 943 000 679",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Ibilgailu elektrikoak kargatzeko puntuak etxebizitzetan, garaje komunitarioetan "
                "eta enpresetan"
            ),
            "description": (
                "<p>Karga Leintzek ibilgailu elektrikoak kargatzeko puntuak instalatzen ditu "
                "Debagoienean: etxeetan, bizilagunen garaje komunitarioetan eta enpresen "
                "aparkalekuetan. <strong>Karga adimenduna</strong> konfiguratzen dute, "
                "kontratatutako potentzia gainditu gabe, eta, egoki denean, eguzki-plakekin "
                "uztartzen dute. Bizilagun-komunitateetan, bizilagun bakoitzari bere kontsumoa "
                "egozteko sistemak ere jartzen dituzte.</p>"
                "<p>Miguel Altunako elektrizitate-zikloko bi ikasle ohik sortu zuten enpresa, "
                "Urratsbaten aholkularitzarekin. Lehen urtean, ikastetxeko instalazio-gelan "
                "prestatu zituzten kargagune-ereduak. Bezero bakoitzari dirulaguntzak eskatzen "
                "laguntzen diote, eta mantentze-zerbitzua ere eskaintzen dute.</p>"
            ),
            "services": ["Kargatze-puntuak", "Karga adimenduna", "Garaje komunitarioak"],
            "search_description": (
                "Karga Leintz, Arrasate: ibilgailu elektrikoak kargatzeko puntuak etxebizitza, "
                "garaje komunitario eta enpresetan, karga adimendunarekin."
            ),
        },
        "es": {
            "tagline": (
                "Puntos de recarga para vehículos eléctricos en viviendas, garajes comunitarios y "
                "empresas"
            ),
            "description": (
                "<p>Karga Leintz instala puntos de recarga para vehículos eléctricos en el Alto "
                "Deba: en viviendas, garajes comunitarios y aparcamientos de empresas. Configuran "
                "la <strong>recarga inteligente</strong> para no superar la potencia contratada y, "
                "cuando conviene, la combinan con placas solares. En las comunidades de vecinos, "
                "también instalan sistemas que asignan a cada vecino su propio consumo.</p>"
                "<p>Dos antiguos alumnos del ciclo de electricidad de Miguel Altuna crearon la "
                "empresa con el asesoramiento de Urratsbat. El primer año prepararon sus modelos "
                "de punto de recarga en el aula de instalaciones del centro. Ayudan a cada cliente "
                "a solicitar las subvenciones y ofrecen también servicio de mantenimiento.</p>"
            ),
            "services": ["Puntos de recarga", "Recarga inteligente", "Garajes comunitarios"],
            "search_description": (
                "Karga Leintz, Arrasate: puntos de recarga para vehículos eléctricos en viviendas, "
                "garajes comunitarios y empresas, con recarga inteligente."
            ),
        },
        "en": {
            "tagline": "Electric vehicle charging points for homes, shared garages and businesses",
            "description": (
                "<p>Karga Leintz installs electric vehicle charging points across Debagoiena: in "
                "homes, shared residential garages and company car parks. They set up "
                "<strong>smart charging</strong> so that contracted power is never exceeded and, "
                "where it makes sense, combine it with solar panels. In shared garages, they also "
                "install systems that bill each resident for their own consumption.</p>"
                "<p>Two former electrical students from Miguel Altuna founded the company with "
                "advice from Urratsbat. In their first year they prepared their charging point "
                "set-ups in the centre's installations lab. They help every client apply for "
                "grants and also offer a maintenance service.</p>"
            ),
            "services": ["Charging points", "Smart charging", "Shared garages"],
            "search_description": (
                "Karga Leintz, Arrasate: EV charging points for homes, shared garages and "
                "businesses, with smart charging."
            ),
        },
    },
    {
        "slug": "birgaitu-bim",
        "name": "Birgaitu BIM",
        "logo_colour": "#5e548e",
        "sectors": ["sustainable-construction", "digital-services"],
        "centre": "txorierri",
        "cohort_year": 2024,
        "founded_year": 2024,
        "territory": "bizkaia",
        "town": "Bilbao",
        "website": "https://birgaitu.example",
        "email": "info@birgaitu.example",
        "phone": "+34 944 000 774",
        "linkedin_url": "https://www.linkedin.com/company/birgaitu-bim-example",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Eraikinen energia-birgaitzea BIM bidez: laser-eskaneatzea, eredu digitala eta "
                "obren plangintza"
            ),
            "description": (
                "<p>Birgaitu BIMek eraikin zaharrak <strong>laser-eskanerrarekin</strong> neurtzen "
                "ditu, eta haien eredu digitala sortzen du BIM metodologiarekin. Eredu horretan "
                "oinarrituta, isolamendua, leihoak eta instalazioak hobetzeko aukerak simulatzen "
                "ditu, eta aukera bakoitzaren energia-aurrezpena eta kostua kalkulatzen ditu.</p>"
                "<p>Txorierri LHIIko bi ikasle ohik sortu zuten enpresa, Urratsbaten laguntzaz. "
                "Arkitektura-estudioekin, finka-administratzaileekin eta bizilagun-komunitateekin "
                "aritzen dira, Next Generation funtsekin finantzatutako birgaitze-proiektuetan. "
                "Simulazioei esker, bizilagunek errazago erabakitzen dute zein obra egin.</p>"
            ),
            "services": ["BIM modelizazioa", "Laser-eskaneatzea", "Energia-birgaitzea"],
            "search_description": (
                "Birgaitu BIM, Bilbo: eraikinen energia-birgaitzea BIM bidez, laser-eskaneatzea "
                "eta aurrezpen-simulazioak."
            ),
        },
        "es": {
            "tagline": (
                "Rehabilitación energética de edificios con BIM: escaneado láser, modelo digital y "
                "planificación de obra"
            ),
            "description": (
                "<p>Birgaitu BIM mide edificios antiguos con un <strong>escáner láser</strong> y "
                "crea su modelo digital con metodología BIM. A partir de ese modelo, simula "
                "mejoras en el aislamiento, las ventanas y las instalaciones, y calcula el ahorro "
                "energético y el coste de cada opción.</p>"
                "<p>Dos antiguos alumnos de Txorierri LHII fundaron la empresa con el apoyo de "
                "Urratsbat. Trabajan con estudios de arquitectura, administradores de fincas y "
                "comunidades de vecinos en proyectos de rehabilitación financiados con fondos Next "
                "Generation. Gracias a las simulaciones, a los vecinos les resulta más fácil "
                "decidir qué obras hacer.</p>"
            ),
            "services": ["Modelado BIM", "Escaneado láser", "Rehabilitación energética"],
            "search_description": (
                "Birgaitu BIM, Bilbao: rehabilitación energética de edificios con BIM, escaneado "
                "láser y simulación del ahorro energético."
            ),
        },
        "en": {
            "tagline": (
                "Energy retrofit of buildings with BIM: laser scanning, digital models and works "
                "planning"
            ),
            "description": (
                "<p>Birgaitu BIM surveys older buildings with a <strong>laser scanner</strong> and "
                "creates a digital model of each one using BIM. Based on that model, it simulates "
                "improvements to insulation, windows and building services, and calculates the "
                "energy savings and cost of each option.</p>"
                "<p>Two former Txorierri LHII students founded the company with support from "
                "Urratsbat. They work with architecture practices, property managers and "
                "residents' associations on renovation projects funded by Next Generation EU. The "
                "simulations make it easier for residents to decide which works to carry out.</p>"
            ),
            "services": ["BIM modelling", "Laser scanning", "Energy retrofit"],
            "search_description": (
                "Birgaitu BIM, Bilbao: energy retrofit of buildings with BIM, laser scanning and "
                "energy-saving simulations."
            ),
        },
    },
    {
        "slug": "soberan-kontserbak",
        "name": "Soberan Kontserbak",
        "logo_colour": "#f28482",
        "sectors": ["food-gastronomy", "agriculture-forestry"],
        "centre": "iurreta",
        "cohort_year": 2024,
        "founded_year": 2024,
        "territory": "bizkaia",
        "town": "Durango",
        "website": "https://soberan.example",
        "email": "kaixo@soberan.example",
        "phone": "+34 946 000 438",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/soberan_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Kontserba artisauak baserrietako soberakinekin: saltsak, marmeladak eta "
                "ozpinetakoak, Durangotik"
            ),
            "description": (
                "<p>Soberan Kontserbak Durangaldeko baserrietan saltzen ez diren barazkiak eta "
                "frutak erosten ditu —itxuragatik edo sobera daudelako— eta <strong>kontserba "
                "artisau</strong> bihurtzen ditu: tomate-saltsa, piperrak, marmeladak eta "
                "ozpinetakoak.</p>"
                "<p>Iurreta LHIIko ikasle ohiek jarri zuten martxan proiektua, elikagaien "
                "xahuketari aurre egiteko. Urratsbatek lagundu zien osasun-erregistroa lortzen eta "
                "ekoizpen-lokal partekatu bat aurkitzen. Durangoko azokan, inguruko dendetan eta "
                "interneten saltzen dituzte produktuak. Sasoiaren arabera aldatzen dute "
                "produktu-zerrenda, eta ez dute kontserbagarri artifizialik erabiltzen.</p>"
            ),
            "services": ["Kontserba artisauak", "Marmeladak", "Ozpinetakoak"],
            "search_description": (
                "Soberan Kontserbak, Durango: baserrietako soberakinekin egindako kontserba "
                "artisauak, saltsak, marmeladak eta ozpinetakoak."
            ),
        },
        "es": {
            "tagline": (
                "Conservas artesanas con excedentes de los caseríos: salsas, mermeladas y "
                "encurtidos, desde Durango"
            ),
            "description": (
                "<p>Soberan Kontserbak compra a caseríos del Duranguesado las hortalizas y frutas "
                "que no llegan a venderse —por su aspecto o porque sobran— y las convierte en "
                "<strong>conservas artesanas</strong>: salsa de tomate, pimientos, mermeladas y "
                "encurtidos.</p>"
                "<p>Antiguos alumnos de Iurreta LHII pusieron en marcha el proyecto para combatir "
                "el desperdicio alimentario. Urratsbat les ayudó a obtener el registro sanitario y "
                "a encontrar un local de producción compartido. Venden sus productos en el mercado "
                "de Durango, en tiendas de la zona y por internet. Su catálogo cambia según la "
                "temporada y no utilizan conservantes artificiales.</p>"
            ),
            "services": ["Conservas artesanas", "Mermeladas", "Encurtidos"],
            "search_description": (
                "Soberan Kontserbak, Durango: conservas artesanas hechas con excedentes de "
                "caseríos, salsas, mermeladas y encurtidos."
            ),
        },
        "en": {
            "tagline": (
                "Artisan preserves made from farm surplus: sauces, jams and pickles from Durango"
            ),
            "description": (
                "<p>Soberan Kontserbak buys the vegetables and fruit that farms in Durangaldea "
                "can't sell (because of how they look or because there's too much) and turns them "
                "into <strong>artisan preserves</strong>: tomato sauce, peppers, jams and "
                "pickles.</p>"
                "<p>Former Iurreta LHII students launched the project to tackle food waste. "
                "Urratsbat helped them obtain their food safety registration and find a shared "
                "production kitchen. They sell at the Durango market, in local shops and online. "
                "Their range changes with the seasons, and they use no artificial "
                "preservatives.</p>"
            ),
            "services": ["Artisan preserves", "Jams", "Pickles"],
            "search_description": (
                "Soberan Kontserbak, Durango: artisan preserves made from farm surplus, including "
                "sauces, jams and pickles."
            ),
        },
    },
    {
        "slug": "babes-egokitzapenak",
        "name": "Babes Egokitzapenak",
        "logo_colour": "#52b788",
        "sectors": ["health-care", "sustainable-construction"],
        "centre": "usurbil",
        "cohort_year": 2025,
        "founded_year": 2025,
        "territory": "gipuzkoa",
        "town": "Andoain",
        "website": "https://babes.example",
        "email": "kaixo@babes.example",
        "phone": "+34 943 000 538",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Etxebizitzen egokitzapena adinekoentzat eta mugikortasun urriko pertsonentzat: "
                "bainugelak, arrapalak eta domotika"
            ),
            "description": (
                "<p>Babes Egokitzapenak etxebizitzak egokitzen ditu, adinekoek eta mugikortasun "
                "urriko pertsonek etxean segurtasunez eta autonomiaz bizitzen jarrai dezaten. "
                "Bainuontziak plater-dutxa bihurtzen dituzte, heldulekuak eta arrapalak jartzen "
                "dituzte, eta <strong>domotika sinplea</strong> instalatzen dute: argi "
                "automatikoak, erorikoen detektagailuak edo urruneko alarmak.</p>"
                "<p>Usurbil LHIIko ikasle ohiek sortu zuten enpresa, eta Urratsbatek lagundu zien "
                "gizarte-zerbitzuekin eta terapeuta okupazionalekin harremanak egiten. Obra "
                "bakoitza etxean bizi den pertsonarekin batera planifikatzen dute.</p>"
            ),
            "services": ["Etxebizitzen egokitzapena", "Bainugela irisgarriak", "Domotika"],
            "search_description": (
                "Babes Egokitzapenak, Andoain: etxebizitzen egokitzapena adinekoentzat, bainugela "
                "irisgarriak, arrapalak eta domotika sinplea."
            ),
        },
        "es": {
            "tagline": (
                "Adaptación de viviendas para personas mayores y con movilidad reducida: baños, "
                "rampas y domótica"
            ),
            "description": (
                "<p>Babes Egokitzapenak adapta viviendas para que las personas mayores o con "
                "movilidad reducida puedan seguir viviendo en casa con seguridad y autonomía. "
                "Cambian bañeras por platos de ducha, colocan asideros y rampas e instalan "
                "<strong>domótica sencilla</strong>: luces automáticas, detectores de caídas o "
                "alarmas a distancia.</p>"
                "<p>Antiguos alumnos de Usurbil LHII crearon la empresa, y Urratsbat les ayudó a "
                "establecer contactos con los servicios sociales y con terapeutas ocupacionales. "
                "Planifican cada obra junto con la persona que vive en la casa.</p>"
            ),
            "services": ["Adaptación de viviendas", "Baños accesibles", "Domótica"],
            "search_description": (
                "Babes Egokitzapenak, Andoain: adaptación de viviendas para personas mayores, "
                "baños accesibles, rampas y domótica sencilla."
            ),
        },
        "en": {
            "tagline": (
                "Home adaptations for older people and people with reduced mobility: bathrooms, "
                "ramps and home automation"
            ),
            "description": (
                "<p>Babes Egokitzapenak adapts homes so that older people and people with reduced "
                "mobility can keep living at home safely and independently. They replace bathtubs "
                "with walk-in showers, fit grab rails and ramps, and install <strong>simple home "
                "automation</strong>: automatic lights, fall detectors and remote alarms.</p>"
                "<p>Former Usurbil LHII students founded the company, and Urratsbat helped them "
                "build contacts with social services and occupational therapists. Every job is "
                "planned together with the person who lives in the home.</p>"
            ),
            "services": ["Home adaptations", "Accessible bathrooms", "Home automation"],
            "search_description": (
                "Babes Egokitzapenak, Andoain: home adaptations for older people, accessible "
                "bathrooms, ramps and simple home automation."
            ),
        },
    },
    {
        "slug": "ergoki",
        "name": "Ergoki",
        "logo_colour": "#ff006e",
        "sectors": ["health-care", "advanced-manufacturing"],
        "centre": "armeria-eskola",
        "cohort_year": 2025,
        "founded_year": 2025,
        "territory": "gipuzkoa",
        "town": "Elgoibar",
        "website": "https://ergoki.example",
        "email": "kaixo@ergoki.example",
        "phone": "+34 600 000 863",
        "linkedin_url": "https://www.linkedin.com/company/ergoki-example",
        "instagram_url": "",
        "team_size": "1",
        "open_to": ["clients", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Lanpostuen ergonomia-azterketak mugimendu-sentsoreekin, industrian lesio "
                "muskulueskeletikoak prebenitzeko"
            ),
            "description": (
                "<p>Ergokik lantegietako langileen mugimenduak neurtzen ditu gorputzean jartzen "
                "diren sentsore txikiekin, eta lanpostu bakoitzaren <strong>arrisku "
                "ergonomikoa</strong> kalkulatzen du. Emaitzetan oinarrituta, aldaketa zehatzak "
                "proposatzen ditu: lan-mahaien altuera, tresnen diseinua, txandakatzeak edo "
                "ariketa-programak.</p>"
                "<p>Sortzailea fisioterapeuta da, eta gero mekatronika ikasi zuen Armeria Eskolan. "
                "Urratsbatek enpresa martxan jartzen lagundu zion, eta ikastetxearekin batera "
                "TKgune proiektu batean probatu zuen metodoa, Elgoibarko makina-erreminta enpresa "
                "batean.</p>"
            ),
            "services": ["Ergonomia-azterketak", "Mugimendu-sentsoreak", "Lesioen prebentzioa"],
            "search_description": (
                "Ergoki, Elgoibar: lanpostuen ergonomia-azterketak mugimendu-sentsoreekin, "
                "industrian lesio muskulueskeletikoak prebenitzeko."
            ),
        },
        "es": {
            "tagline": (
                "Estudios ergonómicos de puestos de trabajo con sensores de movimiento para "
                "prevenir lesiones musculoesqueléticas"
            ),
            "description": (
                "<p>Ergoki mide los movimientos de los trabajadores y trabajadoras de fábrica con "
                "pequeños sensores que se colocan en el cuerpo, y calcula el <strong>riesgo "
                "ergonómico</strong> de cada puesto. Con los resultados, propone cambios "
                "concretos: la altura de las mesas de trabajo, el diseño de las herramientas, las "
                "rotaciones o programas de ejercicios.</p>"
                "<p>Su fundadora es fisioterapeuta y después estudió mecatrónica en Armeria "
                "Eskola. Urratsbat le ayudó a poner en marcha la empresa, y junto con el centro "
                "probó el método en un proyecto TKgune en una empresa de máquina-herramienta de "
                "Elgoibar.</p>"
            ),
            "services": [
                "Estudios ergonómicos",
                "Sensores de movimiento",
                "Prevención de lesiones",
            ],
            "search_description": (
                "Ergoki, Elgoibar: estudios ergonómicos de puestos de trabajo con sensores de "
                "movimiento para prevenir lesiones en la industria."
            ),
        },
        "en": {
            "tagline": (
                "Workplace ergonomics assessments with motion sensors to prevent musculoskeletal "
                "injuries in industry"
            ),
            "description": (
                "<p>Ergoki measures factory workers' movements with small body-worn sensors and "
                "calculates the <strong>ergonomic risk</strong> of each workstation. Based on the "
                "results, it proposes specific changes: workbench heights, tool design, job "
                "rotation or exercise programmes.</p>"
                "<p>Its founder is a physiotherapist who went on to study mechatronics at Armeria "
                "Eskola. Urratsbat helped her get the business off the ground, and together with "
                "the school she tested the method in a TKgune project at a machine-tool company in "
                "Elgoibar.</p>"
            ),
            "services": ["Ergonomic assessments", "Motion sensors", "Injury prevention"],
            "search_description": (
                "Ergoki, Elgoibar: workplace ergonomics assessments with motion sensors to prevent "
                "musculoskeletal injuries in industry."
            ),
        },
    },
    {
        "slug": "erlauntza-eztiak",
        "name": "Erlauntza Eztiak",
        "logo_colour": "#e9c46a",
        "sectors": ["agriculture-forestry", "food-gastronomy"],
        "centre": "iurreta",
        "cohort_year": 2025,
        "founded_year": 2025,
        "territory": "bizkaia",
        "town": "Otxandio",
        "website": "https://erlauntza.example",
        "email": "kaixo@erlauntza.example",
        "phone": "+34 600 000 518",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/erlauntza_example",
        "team_size": "1",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Mendiko eztia eta erlezaintza ekologikoa Otxandion, erlauntzak apadrinatzeko "
                "aukerarekin eta eskola-bisitekin"
            ),
            "description": (
                "<p>Erlauntza Eztiak ehun bat erlauntza zaintzen ditu Gorbeia eta Urkiola inguruko "
                "mendietan, eta lore-eztia, ainarra-eztia eta <strong>propolia</strong> ekoizten "
                "ditu, ziurtagiri ekologikoarekin. Enpresek eta familiek erlauntzak apadrinatu "
                "ditzakete, eta urtean bi aldiz jasotzen dute beren eztia.</p>"
                "<p>Sortzaileak Iurreta LHIIn ikasi zuen, eta Urratsbaten laguntzaz egin zuen "
                "negozio-plana eta lortu zituen nekazari gazteentzako laguntzak. Udaberrian eta "
                "udan, eskola-bisitak antolatzen ditu, erleek ekosisteman duten garrantzia "
                "azaltzeko.</p>"
            ),
            "services": ["Eztia", "Erlauntzen apadrinatzea", "Eskola-bisitak"],
            "search_description": (
                "Erlauntza Eztiak, Otxandio: mendiko ezti ekologikoa, propolia, erlauntzen "
                "apadrinatzea eta eskola-bisitak."
            ),
        },
        "es": {
            "tagline": (
                "Miel de montaña y apicultura ecológica en Otxandio, con apadrinamiento de "
                "colmenas y visitas escolares"
            ),
            "description": (
                "<p>Erlauntza Eztiak cuida un centenar de colmenas en los montes de Gorbeia y "
                "Urkiola y produce miel de flores, miel de brezo y <strong>propóleo</strong> con "
                "certificación ecológica. Empresas y familias pueden apadrinar colmenas y reciben "
                "su propia miel dos veces al año.</p>"
                "<p>Su fundador estudió en Iurreta LHII y, con el apoyo de Urratsbat, preparó el "
                "plan de negocio y consiguió las ayudas para jóvenes agricultores. En primavera y "
                "verano organiza visitas escolares para explicar la importancia de las abejas en "
                "el ecosistema.</p>"
            ),
            "services": ["Miel", "Apadrinamiento de colmenas", "Visitas escolares"],
            "search_description": (
                "Erlauntza Eztiak, Otxandio: miel de montaña ecológica, propóleo, apadrinamiento "
                "de colmenas y visitas escolares."
            ),
        },
        "en": {
            "tagline": (
                "Mountain honey and organic beekeeping in Otxandio, with hive sponsorship and "
                "school visits"
            ),
            "description": (
                "<p>Erlauntza Eztiak looks after around a hundred hives in the Gorbeia and Urkiola "
                "mountains and produces wildflower honey, heather honey and "
                "<strong>propolis</strong>, all certified organic. Companies and families can "
                "sponsor a hive and receive their own honey twice a year.</p>"
                "<p>The founder studied at Iurreta LHII and, with support from Urratsbat, drew up "
                "his business plan and secured young farmer grants. In spring and summer he runs "
                "school visits to explain the role of bees in the ecosystem.</p>"
            ),
            "services": ["Honey", "Hive sponsorship", "School visits"],
            "search_description": (
                "Erlauntza Eztiak, Otxandio: organic mountain honey, propolis, hive sponsorship "
                "and school visits."
            ),
        },
    },
    {
        "slug": "uhina-audio",
        "name": "Uhina Audio",
        "logo_colour": "#7209b7",
        "sectors": ["design-communication"],
        "centre": "easo",
        "cohort_year": 2026,
        "founded_year": 2026,
        "territory": "other",
        "town": "Hendaia",
        "website": "https://uhina.example",
        "email": "kaixo@uhina.example",
        "phone": "+33 5 59 00 00 41",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/uhina_example",
        "team_size": "1",
        "open_to": ["clients", "partners"],
        "status": "active",
        "eu": {
            "tagline": (
                "Podcastak eta soinu-ekoizpena euskaraz eta frantsesez, mugaz gaindiko erakunde "
                "eta komunikabideentzat"
            ),
            "description": (
                "<p>Uhina Audio Hendaiako soinu-estudio bat da, eta podcastak, audio-gidak eta "
                "irratiko iragarkiak ekoizten ditu euskaraz, frantsesez eta gaztelaniaz. Gidoia, "
                "grabazioa, edizioa eta <strong>soinu-diseinua</strong> egiten ditu, eta podcastak "
                "plataformetan argitaratzen ere laguntzen du.</p>"
                "<p>Sortzaileak Easo Politeknikoan ikasi zuen soinua, eta Urratsbaten "
                "aholkularitzarekin aztertu zuen Ipar Euskal Herrian enpresa sortzeko aukera. "
                "Bidasoaren bi aldeetako kultura-elkarte eta museoekin egiten du lan. Gainera, "
                "astero podcast bat ekoizten du tokiko irrati batentzat.</p>"
            ),
            "services": ["Podcastak", "Audio-gidak", "Soinu-diseinua"],
            "search_description": (
                "Uhina Audio, Hendaia: podcastak, audio-gidak eta soinu-diseinua euskaraz, "
                "frantsesez eta gaztelaniaz."
            ),
        },
        "es": {
            "tagline": (
                "Pódcast y producción sonora en euskera y francés para entidades y medios de la "
                "zona transfronteriza"
            ),
            "description": (
                "<p>Uhina Audio es un estudio de sonido de Hendaia que produce pódcast, audioguías "
                "y cuñas de radio en euskera, francés y castellano. Se encarga del guion, la "
                "grabación, la edición y el <strong>diseño sonoro</strong>, y también ayuda a "
                "publicar los pódcast en las plataformas.</p>"
                "<p>Su fundadora estudió sonido en Easo Politeknikoa y, con el asesoramiento de "
                "Urratsbat, analizó la posibilidad de crear la empresa en Iparralde. Trabaja con "
                "asociaciones culturales y museos de ambas orillas del Bidasoa. Además, produce "
                "cada semana un pódcast para una radio local.</p>"
            ),
            "services": ["Pódcast", "Audioguías", "Diseño sonoro"],
            "search_description": (
                "Uhina Audio, Hendaia: pódcast, audioguías y diseño sonoro en euskera, francés y "
                "castellano."
            ),
        },
        "en": {
            "tagline": (
                "Podcasts and audio production in Basque and French for organisations and media in "
                "the cross-border area"
            ),
            "description": (
                "<p>Uhina Audio is a sound studio in Hendaye that produces podcasts, audio guides "
                "and radio ads in Basque, French and Spanish. It handles scripting, recording, "
                "editing and <strong>sound design</strong>, and also helps clients publish their "
                "podcasts on the main platforms.</p>"
                "<p>The founder studied sound at Easo Politeknikoa and, with advice from "
                "Urratsbat, explored setting up the business in the Northern Basque Country. She "
                "works with cultural associations and museums on both banks of the Bidasoa. She "
                "also produces a weekly podcast for a local radio station.</p>"
            ),
            "services": ["Podcasts", "Audio guides", "Sound design"],
            "search_description": (
                "Uhina Audio, Hendaye: podcasts, audio guides and sound design in Basque, French "
                "and Spanish."
            ),
        },
    },
    {
        "slug": "egokar",
        "name": "Egokar",
        "logo_colour": "#4cc9f0",
        "sectors": ["mobility-logistics", "health-care"],
        "centre": "txorierri",
        "cohort_year": 2026,
        "founded_year": 2026,
        "territory": "bizkaia",
        "town": "Mungia",
        "website": "https://egokar.example",
        "email": "kaixo@egokar.example",
        "phone": "+34 946 000 195",
        "linkedin_url": "",
        "instagram_url": "",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "tkgune"],
        "status": "active",
        "eu": {
            "tagline": (
                "Ibilgailuen egokitzapena mugikortasun urriko pertsonentzat: eskuzko kontrolak, "
                "arrapalak eta eserleku biragarriak"
            ),
            "description": (
                "<p>Egokarrek autoak eta furgonetak egokitzen ditu, mugikortasun urriko pertsonek "
                "gidatu edo bidaiatu ahal izan dezaten. Azeleragailua eta balazta eskuz "
                "erabiltzeko moduan jartzen dituzte, gurpil-aulkientzako <strong>arrapala "
                "elektrikoak</strong> instalatzen dituzte eta eserleku biragarriak muntatzen "
                "dituzte. Egokitzapen bakoitza erabiltzailearekin eta haren terapeutarekin batera "
                "diseinatzen dute.</p>"
                "<p>Txorierri LHIIko automobilgintza-ikasle ohiek sortu zuten enpresa 2026an, "
                "Urratsbaten laguntzaz. Tailerra Mungian dute, eta ibilgailuen homologazio-izapide "
                "guztiak ere kudeatzen dituzte.</p>"
            ),
            "services": ["Ibilgailuen egokitzapena", "Eskuzko kontrolak", "Arrapala elektrikoak"],
            "search_description": (
                "Egokar, Mungia: ibilgailuen egokitzapena mugikortasun urriko pertsonentzat, "
                "eskuzko kontrolak, arrapala elektrikoak eta homologazioa."
            ),
        },
        "es": {
            "tagline": (
                "Adaptación de vehículos para personas con movilidad reducida: mandos manuales, "
                "rampas y asientos giratorios"
            ),
            "description": (
                "<p>Egokar adapta coches y furgonetas para que las personas con movilidad reducida "
                "puedan conducir o viajar en ellos. Adaptan el acelerador y el freno para su uso "
                "manual, instalan <strong>rampas eléctricas</strong> para sillas de ruedas y "
                "montan asientos giratorios. Diseñan cada adaptación junto con la persona usuaria "
                "y su terapeuta.</p>"
                "<p>Antiguos alumnos de automoción de Txorierri LHII crearon la empresa en 2026 "
                "con el apoyo de Urratsbat. Tienen el taller en Mungia y también gestionan todos "
                "los trámites de homologación de los vehículos.</p>"
            ),
            "services": ["Adaptación de vehículos", "Mandos manuales", "Rampas eléctricas"],
            "search_description": (
                "Egokar, Mungia: adaptación de vehículos para personas con movilidad reducida, "
                "mandos manuales, rampas eléctricas y homologación."
            ),
        },
        "en": {
            "tagline": (
                "Vehicle adaptations for people with reduced mobility: hand controls, ramps and "
                "swivel seats"
            ),
            "description": (
                "<p>Egokar adapts cars and vans so that people with reduced mobility can drive or "
                "travel in them. They convert the accelerator and brake for hand operation, fit "
                "<strong>electric ramps</strong> for wheelchairs and install swivel seats. Each "
                "adaptation is designed together with the user and their therapist.</p>"
                "<p>Former automotive students from Txorierri LHII set up the company in 2026 with "
                "support from Urratsbat. Their workshop is in Mungia, and they also handle all the "
                "vehicle type-approval paperwork.</p>"
            ),
            "services": ["Vehicle adaptations", "Hand controls", "Electric ramps"],
            "search_description": (
                "Egokar, Mungia: vehicle adaptations for people with reduced mobility, hand "
                "controls, electric ramps and type approval."
            ),
        },
    },
    {
        "slug": "jostura-upcycling",
        "name": "Jostura Upcycling",
        "logo_colour": "#b5179e",
        "sectors": ["design-communication"],
        "centre": "nicolas-larburu",
        "cohort_year": 2026,
        "founded_year": 2026,
        "territory": "bizkaia",
        "town": "Portugalete",
        "website": "https://jostura.example",
        "email": "kaixo@jostura.example",
        "phone": "+34 944 000 297",
        "linkedin_url": "",
        "instagram_url": "https://www.instagram.com/jostura_example",
        "team_size": "2-5",
        "open_to": ["clients", "partners", "hiring"],
        "status": "active",
        "eu": {
            "tagline": (
                "Ehun-hondakinei bigarren bizitza: enpresentzako merchandising-a eta osagarriak, "
                "lan-jantzi birziklatuekin eginak"
            ),
            "description": (
                "<p>Jostura Upcyclingek enpresek erabiltzen ez dituzten lan-jantziak, pankartak "
                "eta publizitate-oihalak jasotzen ditu, eta poltsak, motxilak eta "
                "ordenagailu-zorroak egiten ditu haiekin. Produktu bakoitza <strong>enpresaren "
                "beraren</strong> materialekin egiten da, eta merchandising jasangarri gisa erabil "
                "dezake langileentzat edo bezeroentzat.</p>"
                "<p>Nicolas Larburuko ikasle ohiek jarri zuten martxan proiektua 2026an. "
                "Urratsbatek ikastetxeko tailer bat utzi zien prototipoak egiteko, eta "
                "Portugaleteko josle-talde batek egiten ditu josketa-lanak.</p>"
            ),
            "services": ["Upcycling-a", "Merchandising jasangarria", "Poltsak eta motxilak"],
            "search_description": (
                "Jostura Upcycling, Portugalete: lan-jantzi eta pankarta birziklatuekin egindako "
                "poltsak, motxilak eta merchandising jasangarria."
            ),
        },
        "es": {
            "tagline": (
                "Segunda vida para los residuos textiles: merchandising y complementos hechos con "
                "ropa laboral reciclada"
            ),
            "description": (
                "<p>Jostura Upcycling recoge ropa laboral, pancartas y lonas publicitarias que las "
                "empresas ya no usan y las convierte en bolsas, mochilas y fundas para portátil. "
                "Cada producto se hace con <strong>los propios materiales</strong> de la empresa, "
                "que puede usarlo como merchandising sostenible para su plantilla o su "
                "clientela.</p>"
                "<p>Antiguos alumnos de Nicolas Larburu pusieron en marcha el proyecto en 2026. "
                "Urratsbat les cedió un taller del centro para hacer los prototipos, y la "
                "confección corre a cargo de un grupo de costureras de Portugalete.</p>"
            ),
            "services": ["Upcycling", "Merchandising sostenible", "Bolsas y mochilas"],
            "search_description": (
                "Jostura Upcycling, Portugalete: bolsas, mochilas y merchandising sostenible "
                "hechos con ropa laboral y pancartas recicladas."
            ),
        },
        "en": {
            "tagline": (
                "A second life for textile waste: branded merchandise and accessories made from "
                "recycled workwear"
            ),
            "description": (
                "<p>Jostura Upcycling collects workwear, banners and advertising tarpaulins that "
                "companies no longer use and turns them into bags, backpacks and laptop sleeves. "
                "Each product is made from <strong>the company's own</strong> materials, so it can "
                "be used as sustainable merchandise for staff or customers.</p>"
                "<p>Former Nicolas Larburu students launched the project in 2026. Urratsbat lent "
                "them a workshop at the centre to make their prototypes, and the sewing is done by "
                "a group of dressmakers in Portugalete.</p>"
            ),
            "services": ["Upcycling", "Sustainable merchandise", "Bags and backpacks"],
            "search_description": (
                "Jostura Upcycling, Portugalete: bags, backpacks and sustainable merchandise made "
                "from recycled workwear and banners."
            ),
        },
    },
]

# A change a representative sent and an editor has yet to review, so the workflow shows at once.
PENDING_PROFILE_CHANGE = {
    "company": "txirbil-mekanizazioak",
    "eu": {
        "tagline": (
            "Doitasun handiko mekanizazioa: bost ardatzeko fresaketa eta CNC torneaketa, "
            "prototipoetatik serie ertainetara"
        ),
    },
    "es": {
        "tagline": (
            "Mecanizado de precisión: fresado en cinco ejes y torneado CNC, del prototipo "
            "a la serie media"
        ),
    },
    "en": {
        "tagline": (
            "Precision machining: five-axis milling and CNC turning, from prototypes to "
            "medium batches"
        ),
    },
}


# Messages between companies, sent from the member portal (days ago).
MESSAGES = [
    {
        "from": "hostoa-farms",
        "to": "txirbil-mekanizazioak",
        "days_ago": 3,
        "subject": "Negutegietako euskarriak",
        "body": (
            "Kaixo! Negutegietarako altzairuzko euskarri batzuk diseinatu ditugu eta mekanizatzeko "
            "norbait bilatzen ari gara. Hitz egingo dugu?"
        ),
    },
    {
        "from": "txirbil-mekanizazioak",
        "to": "garia-labea",
        "days_ago": 12,
        "subject": "Moldes para galletas",
        "body": (
            "Hola: vimos vuestro anuncio del mercado. Podemos fabricar moldes de acero "
            "inoxidable a medida. ¿Os enviamos un presupuesto?"
        ),
    },
]
