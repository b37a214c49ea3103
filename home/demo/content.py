"""Demo content for seed_demo, written natively in Basque, Spanish and English."""

IMAGES = {
    "hero-home": {
        "title": "Home: VET centres, companies and entrepreneurs",
        "colour": "#0b4f6c",
        "motif": "waves",
    },
    "tkgune": {
        "title": "TKgune: innovation projects between VET centres and SMEs",
        "colour": "#00796b",
        "motif": "network",
    },
    "urratsbat": {
        "title": "Urratsbat: business creation in VET centres",
        "colour": "#c2410c",
        "motif": "steps",
    },
    "community": {
        "title": "Urratsbat community: network of companies",
        "colour": "#6d28d9",
        "motif": "circles",
    },
    "esm": {"title": "ESM: Entrepreneur Support Methodology", "colour": "#1d4ed8", "motif": "grid"},
    "workshop": {
        "title": "VET centre workshops and facilities",
        "colour": "#4b5563",
        "motif": "grid",
    },
    "team": {"title": "Department team and facilitators", "colour": "#b91c1c", "motif": "circles"},
}


SITE = {
    "shared": {
        "email": "berrikuntza@tknika.eus",
        "phone": "+34 943 082 900",
        "linkedin_url": "https://www.linkedin.com/company/tknika",
        "x_url": "https://x.com/tknika",
        "youtube_url": "https://www.youtube.com/@tknika",
        "instagram_url": "https://www.instagram.com/tknika/",
    },
    "eu": {
        "about": (
            "Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza Sailak Lanbide Heziketako "
            "ikastetxeen, ETEen eta ekintzaileen arteko lankidetza bultzatzen du, berrikuntza eta "
            "enpresa-sorrera sustatzeko."
        ),
        "address": "Tknika\nZamalbide auzoa z/g\n20100 Errenteria (Gipuzkoa)",
    },
    "es": {
        "about": (
            "El Departamento de Innovación Aplicada en Entornos Estratégicos de Tknika impulsa la "
            "colaboración entre centros de FP, pymes y personas emprendedoras para fomentar la "
            "innovación y la creación de empresas."
        ),
        "address": "Tknika\nBarrio Zamalbide s/n\n20100 Errenteria (Gipuzkoa)",
    },
    "en": {
        "about": (
            "Tknika's Department of Innovation applied to strategic settings fosters collaboration "
            "between VET centres, SMEs and entrepreneurs to promote innovation and business "
            "creation."
        ),
        "address": "Tknika\nZamalbide auzoa s/n\n20100 Errenteria (Gipuzkoa)\nSpain",
    },
}


PAGES = [
    {
        "key": "home",
        "type": "HomePage",
        "parent": None,
        "image": "hero-home",
        "show_in_menus": False,
        "shared": {
            "hero_cta_page": "programmes",
            "featured": ["tkgune", "urratsbat", "community", "esm"],
        },
        "eu": {
            "title": "Hasiera",
            "slug": "hasiera",
            "seo_title": "Berrikuntza eta ekintzailetza Lanbide Heziketan",
            "search_description": (
                "Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza Saila: TKgune, "
                "Urratsbat, Urratsbat komunitatea eta ESM programak."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin-lerro urdinak",
            "hero_title": "Lanbide Heziketa, berrikuntzaren eta ekintzailetzaren eragile",
            "hero_lead": (
                "Lanbide Heziketako ikastetxeak, ETEak eta ekintzaileak elkarrekin lanean jartzen "
                "ditugu, Euskadiko ingurune estrategikoetan berrikuntza-proiektuak garatzeko eta "
                "enpresa berriak sortzeko."
            ),
            "hero_cta_text": "Ezagutu programak",
            "intro": (
                "<p>Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza Sailak lau "
                "programa kudeatzen ditu: TKgune, Urratsbat, Urratsbat komunitatea eta ESM "
                "metodologia. Guztiek helburu bera dute: Lanbide Heziketako ikastetxeen ezagutza "
                "eta baliabideak enpresen eta ekintzaileen zerbitzura jartzea.</p>"
                "<p>Ikastetxeekin, enpresekin eta erakundeekin batera lan egiten dugu, emaitza "
                "zehatzak lortzeko: proiektu aplikatuak, enpresa berriak eta ikastetxeetako "
                "langileentzako prestakuntza.</p>"
            ),
        },
        "es": {
            "title": "Inicio",
            "slug": "inicio",
            "seo_title": "Innovación y emprendimiento en la FP",
            "search_description": (
                "Departamento de Innovación Aplicada en Entornos Estratégicos de Tknika: programas "
                "TKgune, Urratsbat, comunidad Urratsbat y ESM para la FP vasca."
            ),
            "image_alt": "Ilustración abstracta: líneas onduladas azules",
            "hero_title": "La FP, motor de innovación y emprendimiento",
            "hero_lead": (
                "Conectamos centros de FP, pymes y personas emprendedoras para desarrollar "
                "proyectos de innovación y crear nuevas empresas en los entornos estratégicos de "
                "Euskadi."
            ),
            "hero_cta_text": "Conoce los programas",
            "intro": (
                "<p>El Departamento de Innovación Aplicada en Entornos Estratégicos de Tknika "
                "gestiona cuatro programas: TKgune, Urratsbat, la comunidad Urratsbat y la "
                "metodología ESM. Todos comparten un mismo objetivo: poner el conocimiento y los "
                "recursos de los centros de FP al servicio de las empresas y de las personas "
                "emprendedoras.</p>"
                "<p>Trabajamos con centros, empresas e instituciones para lograr resultados "
                "concretos: proyectos aplicados, nuevas empresas y formación para el personal de "
                "los centros.</p>"
            ),
        },
        "en": {
            "title": "Home",
            "slug": "home",
            "seo_title": "Innovation and entrepreneurship in VET",
            "search_description": (
                "Tknika's Department of Innovation applied to strategic settings: the TKgune, "
                "Urratsbat, Urratsbat community and ESM programmes for Basque VET."
            ),
            "image_alt": "Abstract illustration: wavy blue lines",
            "hero_title": "Vocational training as a driver of innovation and entrepreneurship",
            "hero_lead": (
                "We bring VET centres, SMEs and entrepreneurs together to develop innovation "
                "projects and create new businesses in the Basque Country's strategic sectors."
            ),
            "hero_cta_text": "Explore our programmes",
            "intro": (
                "<p>Tknika's Department of Innovation applied to strategic settings runs four "
                "programmes: TKgune, Urratsbat, the Urratsbat community and the ESM methodology. "
                "They all share one goal: putting the knowledge and resources of VET centres at "
                "the service of companies and entrepreneurs.</p>"
                "<p>We work with centres, companies and institutions to deliver concrete results: "
                "applied projects, new businesses and training for VET centre staff.</p>"
            ),
        },
    },
    {
        "key": "programmes",
        "type": "ProgrammeIndexPage",
        "parent": "home",
        "image": None,
        "show_in_menus": True,
        "shared": {},
        "eu": {
            "title": "Programak",
            "slug": "programak",
            "seo_title": "Programak",
            "search_description": (
                "Ezagutu TKgune, Urratsbat, Urratsbat komunitatea eta ESM: Lanbide Heziketako "
                "ikastetxeentzako, ETEentzako eta ekintzaileentzako programak."
            ),
            "image_alt": "",
            "intro": (
                "<p>Lau programa ditugu, eta bakoitzak xede-talde eta helburu jakin bat du: "
                "ikastetxeen eta ETEen arteko berrikuntza, ikastetxeetako enpresa-sorrera, "
                "sortutako enpresen sarea eta ekintzaileei laguntzen dieten pertsonen "
                "prestakuntza.</p>"
            ),
        },
        "es": {
            "title": "Programas",
            "slug": "programas",
            "seo_title": "Programas",
            "search_description": (
                "Conoce TKgune, Urratsbat, la comunidad Urratsbat y ESM: programas para centros de "
                "FP, pymes y personas emprendedoras."
            ),
            "image_alt": "",
            "intro": (
                "<p>Tenemos cuatro programas, cada uno con su público y su objetivo: la innovación "
                "entre centros de FP y pymes, la creación de empresas en los centros, la red de "
                "empresas creadas y la formación de quienes acompañan a las personas "
                "emprendedoras.</p>"
            ),
        },
        "en": {
            "title": "Programmes",
            "slug": "programmes",
            "seo_title": "Programmes",
            "search_description": (
                "Discover TKgune, Urratsbat, the Urratsbat community and ESM: programmes for VET "
                "centres, SMEs and entrepreneurs."
            ),
            "image_alt": "",
            "intro": (
                "<p>We run four programmes, each with its own audience and purpose: innovation "
                "between VET centres and SMEs, business creation in the centres, a network of the "
                "companies created, and training for those who support entrepreneurs.</p>"
            ),
        },
    },
    {
        "key": "tkgune",
        "type": "ProgrammePage",
        "parent": "programmes",
        "image": "tkgune",
        "show_in_menus": False,
        "shared": {"contact_email": "tkgune@tknika.eus", "contact_phone": "+34 943 082 900"},
        "eu": {
            "title": "TKgune",
            "slug": "tkgune",
            "seo_title": "TKgune: LH ikastetxeen eta ETEen berrikuntza-proiektuak",
            "search_description": (
                "TKgune programak Lanbide Heziketako ikastetxeak eta ETEak elkartzen ditu, "
                "ingurune estrategikoetan berrikuntza-proiektu aplikatuak elkarrekin garatzeko."
            ),
            "image_alt": "Ilustrazio abstraktua: elkarri lotutako puntuen sare berdea",
            "summary": (
                "Lanbide Heziketako ikastetxeek eta ETEek elkarrekin garatzen dituzten "
                "berrikuntza-proiektuak, ingurune estrategikoetan. Ezagutza bi norabidetan "
                "transferitzen da, eta enpresen lehiakortasuna hobetzen da."
            ),
            "contact_title": "Harremanetarako",
            "contact_name": "Miren Etxeberria",
            "contact_role": "TKgune programaren koordinatzailea",
            "contact_text": (
                "Idatzi edo deitu, zure ikastetxeak edo enpresak TKgune proiektu bat abiatu nahi "
                "badu."
            ),
            "body": [
                ("heading", {"text": "Zer da TKgune?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>TKgune Tknikaren programa bat da, eta Lanbide Heziketako ikastetxeen "
                        "eta ETEen arteko berrikuntza-proiektuak sustatzen ditu ingurune "
                        "estrategikoetan: fabrikazio aurreratua, energia, osasuna, elikadura eta "
                        "industria digitala, besteak beste.</p>"
                        "<p>Ezagutza bi norabidetan zabaltzen da. Enpresek ikastetxeetako "
                        "irakasleen esperientzia, tailerrak eta ekipamenduak baliatzen dituzte; "
                        "ikastetxeek, berriz, enpresen benetako erronkak ezagutzen dituzte, eta "
                        "ikasgeletara eramaten dituzte. Horri esker, ETEen lehiakortasuna hobetzen "
                        "da, eta prestakuntza eguneratuta egoten da.</p>"
                    ),
                ),
                ("heading", {"text": "Nola lantzen dira proiektuak?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sei ikastetxetako pertsonek osatutako lantalde batek laguntzen die "
                        "ikastetxeei TKgune proiektuak prestatzen eta garatzen. Prozesuak lau "
                        "urrats ditu:</p>"
                        "<ul>"
                        "<li><strong>Erronka identifikatzea:</strong> enpresarekin batera, "
                        "konpondu beharreko arazo tekniko edo antolakuntzakoa zehazten da.</li>"
                        "<li><strong>Proiektua diseinatzea:</strong> helburuak, egutegia, "
                        "lantaldea eta behar diren baliabideak adosten dira.</li>"
                        "<li><strong>Garatzea eta probatzea:</strong> irakasleek eta enpresako "
                        "langileek elkarrekin egiten dute lan, askotan ikastetxeko "
                        "tailerretan.</li>"
                        "<li><strong>Emaitzak partekatzea:</strong> ikasitakoa dokumentatu, eta "
                        "beste ikastetxeekin partekatzen da.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "workshop",
                        "alt_text": "Ilustrazio abstraktua: lauki grisez osatutako sareta",
                        "caption": (
                            "Ikastetxeetako tailerrak eta ekipamenduak enpresen proiektuen "
                            "zerbitzura jartzen dira."
                        ),
                    },
                ),
                (
                    "key_figures",
                    {
                        "title": "TKgune zenbakitan",
                        "figures": [
                            {"value": "6", "label": "Lantaldeko LH ikastetxeak"},
                            {"value": "80+", "label": "Proiektu ikasturte bakoitzean"},
                            {"value": "300+", "label": "ETE parte-hartzaile"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "TKgune proiektuek enpresen benetako arazoak ekartzen dituzte "
                            "ikastetxera. Irakasleok asko ikasten dugu, eta ikasleek ikusten dute "
                            "ikasten ari direna benetan baliagarria dela."
                        ),
                        "attribution": "Ane Zubizarreta",
                        "role": "Mekatronikako irakaslea, Miguel Altuna LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Ohiko galderak",
                        "items": [
                            {
                                "question": "Zer enpresak har dezakete parte?",
                                "answer": (
                                    "<p>Euskadiko ETEek, batez ere ingurune estrategikoetan "
                                    "jarduten dutenek. Ez da beharrezkoa aurretik ikastetxe "
                                    "batekin harremanik izatea: guk lagunduko dizugu ikastetxe "
                                    "egokiena aurkitzen.</p>"
                                ),
                            },
                            {
                                "question": "Zenbat irauten du proiektu batek?",
                                "answer": (
                                    "<p>Gehienek hiru eta bederatzi hilabete artean irauten dute, "
                                    "erronkaren arabera. Egutegia hasieratik adosten da "
                                    "enpresarekin.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Nola has daiteke ikastetxe bat TKgune proiektu batekin?"
                                ),
                                "answer": (
                                    "<p>Ikastetxeak lantaldearekin hartu behar du harremana. "
                                    "Lantaldeak proiektuaren ideia zehazten, enpresarekiko "
                                    "harremana antolatzen eta jarraipena egiten laguntzen dio.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Proiektu bat buruan duzu?",
                        "text": (
                            "Kontatu zer erronka duzun, eta zurekin lan egin dezakeen inguruko "
                            "Lanbide Heziketako ikastetxearekin jarriko zaitugu harremanetan."
                        ),
                        "button_text": "Jarri gurekin harremanetan",
                        "page": "contact",
                    },
                ),
            ],
        },
        "es": {
            "title": "TKgune",
            "slug": "tkgune",
            "seo_title": "TKgune: innovación entre centros de FP y pymes",
            "search_description": (
                "TKgune une centros de FP y pymes para desarrollar juntos proyectos de innovación "
                "aplicada en entornos estratégicos y mejorar su competitividad."
            ),
            "image_alt": "Ilustración abstracta: red verde de puntos conectados",
            "summary": (
                "Proyectos de innovación que centros de FP y pymes desarrollan juntos en entornos "
                "estratégicos. El conocimiento circula en ambos sentidos y mejora la "
                "competitividad de las empresas."
            ),
            "contact_title": "Contacto",
            "contact_name": "Miren Etxeberria",
            "contact_role": "Coordinadora del programa TKgune",
            "contact_text": (
                "Escríbenos o llámanos si tu centro o tu empresa quiere poner en marcha un "
                "proyecto TKgune."
            ),
            "body": [
                ("heading", {"text": "¿Qué es TKgune?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>TKgune es un programa de Tknika que impulsa proyectos de innovación "
                        "entre centros de FP y pymes en entornos estratégicos como la fabricación "
                        "avanzada, la energía, la salud, la alimentación o la industria "
                        "digital.</p>"
                        "<p>El conocimiento circula en ambos sentidos. Las empresas aprovechan la "
                        "experiencia del profesorado y los talleres y el equipamiento de los "
                        "centros; los centros, por su parte, conocen los retos reales de las "
                        "empresas y los llevan a las aulas. Así mejora la competitividad de las "
                        "pymes y la formación se mantiene actualizada.</p>"
                    ),
                ),
                ("heading", {"text": "¿Cómo se desarrollan los proyectos?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Un grupo de trabajo formado por personas de seis centros de FP "
                        "acompaña a los centros en la preparación y el desarrollo de proyectos "
                        "TKgune. El proceso tiene cuatro fases:</p>"
                        "<ul>"
                        "<li><strong>Identificar el reto:</strong> junto con la empresa, se define "
                        "el problema técnico u organizativo que hay que resolver.</li>"
                        "<li><strong>Diseñar el proyecto:</strong> se acuerdan los objetivos, el "
                        "calendario, el equipo y los recursos necesarios.</li>"
                        "<li><strong>Desarrollar y probar:</strong> el profesorado y el personal "
                        "de la empresa trabajan juntos, a menudo en los talleres del centro.</li>"
                        "<li><strong>Compartir los resultados:</strong> lo aprendido se documenta "
                        "y se comparte con otros centros.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "workshop",
                        "alt_text": "Ilustración abstracta: cuadrícula de cuadrados grises",
                        "caption": (
                            "Los talleres y el equipamiento de los centros se ponen al servicio de "
                            "los proyectos de las empresas."
                        ),
                    },
                ),
                (
                    "key_figures",
                    {
                        "title": "TKgune en cifras",
                        "figures": [
                            {"value": "6", "label": "Centros de FP en el grupo de trabajo"},
                            {"value": "80+", "label": "Proyectos por curso"},
                            {"value": "300+", "label": "Pymes participantes"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Los proyectos TKgune traen al centro problemas reales de las "
                            "empresas. El profesorado aprende muchísimo y el alumnado comprueba "
                            "que lo que estudia sirve de verdad."
                        ),
                        "attribution": "Ane Zubizarreta",
                        "role": "Profesora de Mecatrónica, Miguel Altuna LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Qué empresas pueden participar?",
                                "answer": (
                                    "<p>Las pymes de Euskadi, sobre todo las que trabajan en "
                                    "entornos estratégicos. No hace falta tener relación previa "
                                    "con un centro: te ayudamos a encontrar el más adecuado.</p>"
                                ),
                            },
                            {
                                "question": "¿Cuánto dura un proyecto?",
                                "answer": (
                                    "<p>La mayoría dura entre tres y nueve meses, según el reto. "
                                    "El calendario se acuerda con la empresa desde el "
                                    "principio.</p>"
                                ),
                            },
                            {
                                "question": "¿Cómo puede un centro empezar un proyecto TKgune?",
                                "answer": (
                                    "<p>El centro debe ponerse en contacto con el grupo de "
                                    "trabajo, que le ayuda a concretar la idea del proyecto, "
                                    "organizar la relación con la empresa y hacer el "
                                    "seguimiento.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "¿Tienes un proyecto en mente?",
                        "text": (
                            "Cuéntanos tu reto y te pondremos en contacto con el centro de FP de "
                            "tu entorno que mejor pueda trabajar contigo."
                        ),
                        "button_text": "Contacta con nosotros",
                        "page": "contact",
                    },
                ),
            ],
        },
        "en": {
            "title": "TKgune",
            "slug": "tkgune",
            "seo_title": "TKgune: innovation projects between VET centres and SMEs",
            "search_description": (
                "TKgune brings VET centres and SMEs together to develop applied innovation "
                "projects in strategic sectors and make companies more competitive."
            ),
            "image_alt": "Abstract illustration: a green network of connected points",
            "summary": (
                "Innovation projects that VET centres and SMEs carry out together in strategic "
                "sectors. Knowledge flows both ways, and companies become more competitive."
            ),
            "contact_title": "Contact",
            "contact_name": "Miren Etxeberria",
            "contact_role": "TKgune programme coordinator",
            "contact_text": (
                "Write or call us if your centre or company would like to start a TKgune project."
            ),
            "body": [
                ("heading", {"text": "What is TKgune?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>TKgune is a Tknika programme that promotes innovation projects between "
                        "VET centres and SMEs in strategic sectors such as advanced manufacturing, "
                        "energy, health, food and digital industry.</p>"
                        "<p>Knowledge flows both ways. Companies draw on the experience of "
                        "teaching staff and on the centres' workshops and equipment; the centres, "
                        "in turn, learn about the real challenges companies face and bring them "
                        "into the classroom. This makes SMEs more competitive and keeps training "
                        "up to date.</p>"
                    ),
                ),
                ("heading", {"text": "How do projects work?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A working group made up of people from six VET centres supports "
                        "centres as they prepare and carry out TKgune projects. The process has "
                        "four stages:</p>"
                        "<ul>"
                        "<li><strong>Identify the challenge:</strong> together with the company, "
                        "the technical or organisational problem to be solved is defined.</li>"
                        "<li><strong>Design the project:</strong> objectives, timeline, team and "
                        "resources are agreed.</li>"
                        "<li><strong>Develop and test:</strong> teaching staff and company "
                        "employees work side by side, often in the centre's workshops.</li>"
                        "<li><strong>Share the results:</strong> what has been learned is "
                        "documented and shared with other centres.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "workshop",
                        "alt_text": "Abstract illustration: a grid of grey squares",
                        "caption": (
                            "The centres' workshops and equipment are made available for company "
                            "projects."
                        ),
                    },
                ),
                (
                    "key_figures",
                    {
                        "title": "TKgune in figures",
                        "figures": [
                            {"value": "6", "label": "VET centres in the working group"},
                            {"value": "80+", "label": "Projects per academic year"},
                            {"value": "300+", "label": "Participating SMEs"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "TKgune projects bring companies' real problems into the centre. We "
                            "teachers learn a great deal, and students see that what they are "
                            "studying is genuinely useful."
                        ),
                        "attribution": "Ane Zubizarreta",
                        "role": "Mechatronics teacher, Miguel Altuna LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Which companies can take part?",
                                "answer": (
                                    "<p>SMEs in the Basque Country, particularly those working in "
                                    "strategic sectors. You do not need an existing link with a "
                                    "centre: we will help you find the most suitable one.</p>"
                                ),
                            },
                            {
                                "question": "How long does a project last?",
                                "answer": (
                                    "<p>Most last between three and nine months, depending on the "
                                    "challenge. The timeline is agreed with the company from the "
                                    "outset.</p>"
                                ),
                            },
                            {
                                "question": "How can a centre start a TKgune project?",
                                "answer": (
                                    "<p>The centre should contact the working group, which helps "
                                    "it define the project idea, organise the relationship with "
                                    "the company and monitor progress.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Have a project in mind?",
                        "text": (
                            "Tell us about your challenge and we will put you in touch with a VET "
                            "centre near you that is well placed to work with you."
                        ),
                        "button_text": "Get in touch",
                        "page": "contact",
                    },
                ),
            ],
        },
    },
    {
        "key": "urratsbat",
        "type": "ProgrammePage",
        "parent": "programmes",
        "image": "urratsbat",
        "show_in_menus": False,
        "shared": {"contact_email": "urratsbat@tknika.eus", "contact_phone": "+34 943 082 900"},
        "eu": {
            "title": "Urratsbat",
            "slug": "urratsbat",
            "seo_title": "Urratsbat: enpresa-sorrera Lanbide Heziketako ikastetxeetan",
            "search_description": (
                "Urratsbat: Lanbide Heziketako ikastetxeetan enpresa bat sortu nahi duten ikasle "
                "eta ikasle ohientzako aholkularitza, bulegoak eta tailerrak."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila laranjak",
            "summary": (
                "Lanbide Heziketako ikastetxeetan enpresa bat sortu nahi duten ikasle eta ikasle "
                "ohientzako laguntza: aholkularitza osoa, bulego hornituak eta ikastetxeetako "
                "tailerrak eta instalazioak."
            ),
            "contact_title": "Harremanetarako",
            "contact_name": "Jon Arregi",
            "contact_role": "Urratsbat programaren koordinatzailea",
            "contact_text": (
                "Idatzi edo deitu, Urratsbati edo zure ikastetxeko ekintzailetza-zerbitzuari "
                "buruzko zalantzarik baduzu."
            ),
            "body": [
                ("heading", {"text": "Ekintzailetza, ikastetxetik bertatik", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Urratsbat Lanbide Heziketako ikastetxeetan enpresak sortzeko programa "
                        "da. Ikasleei eta ikasle ohiei laguntzen die beren negozio-ideia enpresa "
                        "bihurtzen, ezagutzen duten ingurune batean eta behar dituzten "
                        "baliabideekin.</p>"
                        "<p>Programan parte hartzen duen ikastetxe bakoitzak "
                        "ekintzailetza-arduradun bat du, eta hura da ekintzaileen erreferentea "
                        "prozesu osoan, ideiatik hasi eta enpresa merkatuan finkatu arte.</p>"
                    ),
                ),
                ("heading", {"text": "Zer eskaintzen du Urratsbatek?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ekintzaileek laguntza hau jasotzen dute:</p>"
                        "<ul>"
                        "<li><strong>Aholkularitza osoa:</strong> negozio-eredua, "
                        "bideragarritasun-plana, finantzaketa, izapideak eta lehen salmentak.</li>"
                        "<li><strong>Bulego hornituak:</strong> lanpostua, Interneteko konexioa "
                        "eta bilera-gelak, ikastetxean bertan.</li>"
                        "<li><strong>Tailerrak eta instalazioak:</strong> prototipoak egiteko eta "
                        "lehen ekoizpenak probatzeko makinak eta ekipamenduak.</li>"
                        "<li><strong>Harremanak:</strong> irakasleekin, enpresekin eta beste "
                        "ekintzaile batzuekin.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Hamar urteko ibilbidea",
                        "figures": [
                            {"value": "10", "label": "Urteko ibilbidea"},
                            {"value": "400+", "label": "Sortutako enpresak"},
                            {"value": "700+", "label": "Lagundutako ekintzaileak"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ikastetxeak bulegoa eta tailerra eman zizkigun, baina batez ere "
                            "lasaitasuna: beti genuen norbait ondoan galdetzeko. Lehen urtean hiru "
                            "bezero finko lortu genituen."
                        ),
                        "attribution": "Iker Larrañaga",
                        "role": "Ekintzailea, Armeria Eskola",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Ohiko galderak",
                        "items": [
                            {
                                "question": "Nork har dezake parte Urratsbaten?",
                                "answer": (
                                    "<p>Lanbide Heziketako ikasleek eta ikasle ohiek, "
                                    "enpresa-proiektu bat badute. Ikastetxe bakoitzak aztertzen du "
                                    "proiektua programara egokitzen den.</p>"
                                ),
                            },
                            {
                                "question": "Ideia bat besterik ez badut, parte har dezaket?",
                                "answer": (
                                    "<p>Bai. Urratsbatek ideiaren fasetik laguntzen du: ideia "
                                    "aztertzen da, merkatua ezagutzen da eta negozio-eredua "
                                    "lantzen da, enpresa eratu aurretik.</p>"
                                ),
                            },
                            {
                                "question": "Zenbat denbora egon naiteke ikastetxeko bulegoetan?",
                                "answer": (
                                    "<p>Ikastetxe bakoitzak bere baldintzak ditu, baina, oro har, "
                                    "enpresek bi urte arte egon daitezke, jarduera finkatu "
                                    "arte.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Enpresa bat sortu nahi duzu?",
                        "text": (
                            "Jo zure ikastetxeko ekintzailetza-arduradunarengana edo idatzi "
                            "iezaguzu, eta lehen urratsak emateko bidea erakutsiko dizugu."
                        ),
                        "button_text": "Jarri gurekin harremanetan",
                        "page": "contact",
                    },
                ),
            ],
        },
        "es": {
            "title": "Urratsbat",
            "slug": "urratsbat",
            "seo_title": "Urratsbat: creación de empresas en los centros de FP",
            "search_description": (
                "Urratsbat ofrece asesoramiento, oficinas y talleres en los centros de FP al "
                "alumnado y a las personas egresadas que quieren crear su empresa."
            ),
            "image_alt": "Ilustración abstracta: peldaños naranjas que ascienden",
            "summary": (
                "Apoyo para el alumnado y las personas egresadas que quieren crear una empresa en "
                "su centro de FP: asesoramiento integral, oficinas equipadas y uso de los talleres "
                "e instalaciones del centro."
            ),
            "contact_title": "Contacto",
            "contact_name": "Jon Arregi",
            "contact_role": "Coordinador del programa Urratsbat",
            "contact_text": (
                "Escríbenos o llámanos si tienes dudas sobre Urratsbat o sobre el servicio de "
                "emprendimiento de tu centro."
            ),
            "body": [
                ("heading", {"text": "Emprender desde el propio centro", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Urratsbat es el programa de creación de empresas de los centros de FP. "
                        "Ayuda al alumnado y a las personas egresadas a convertir su idea de "
                        "negocio en una empresa, en un entorno que conocen y con los recursos que "
                        "necesitan.</p>"
                        "<p>Cada centro participante cuenta con una persona responsable de "
                        "emprendimiento, que es la referencia de quienes emprenden durante todo el "
                        "proceso, desde la idea hasta que la empresa se consolida en el "
                        "mercado.</p>"
                    ),
                ),
                ("heading", {"text": "¿Qué ofrece Urratsbat?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Las personas emprendedoras reciben este apoyo:</p>"
                        "<ul>"
                        "<li><strong>Asesoramiento integral:</strong> modelo de negocio, plan de "
                        "viabilidad, financiación, trámites y primeras ventas.</li>"
                        "<li><strong>Oficinas equipadas:</strong> puesto de trabajo, conexión a "
                        "internet y salas de reuniones en el propio centro.</li>"
                        "<li><strong>Talleres e instalaciones:</strong> maquinaria y equipamiento "
                        "para hacer prototipos y probar las primeras producciones.</li>"
                        "<li><strong>Contactos:</strong> con el profesorado, con empresas y con "
                        "otras personas emprendedoras.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Diez años de recorrido",
                        "figures": [
                            {"value": "10", "label": "Años de trayectoria"},
                            {"value": "400+", "label": "Empresas creadas"},
                            {"value": "700+", "label": "Personas emprendedoras acompañadas"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "El centro nos dio oficina y taller, pero sobre todo tranquilidad: "
                            "siempre teníamos a alguien cerca a quien preguntar. El primer año "
                            "conseguimos tres clientes fijos."
                        ),
                        "attribution": "Iker Larrañaga",
                        "role": "Emprendedor, Armeria Eskola",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Quién puede participar en Urratsbat?",
                                "answer": (
                                    "<p>El alumnado y las personas egresadas de FP que tengan un "
                                    "proyecto empresarial. Cada centro valora si el proyecto "
                                    "encaja en el programa.</p>"
                                ),
                            },
                            {
                                "question": "¿Puedo participar si solo tengo una idea?",
                                "answer": (
                                    "<p>Sí. Urratsbat acompaña desde la fase de idea: se analiza "
                                    "la idea, se estudia el mercado y se trabaja el modelo de "
                                    "negocio antes de constituir la empresa.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "¿Cuánto tiempo puedo estar en las oficinas del centro?"
                                ),
                                "answer": (
                                    "<p>Cada centro tiene sus propias condiciones, pero, por lo "
                                    "general, las empresas pueden quedarse hasta dos años, hasta "
                                    "consolidar su actividad.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "¿Quieres crear una empresa?",
                        "text": (
                            "Acude a la persona responsable de emprendimiento de tu centro o "
                            "escríbenos, y te explicaremos cómo dar los primeros pasos."
                        ),
                        "button_text": "Contacta con nosotros",
                        "page": "contact",
                    },
                ),
            ],
        },
        "en": {
            "title": "Urratsbat",
            "slug": "urratsbat",
            "seo_title": "Urratsbat: business creation in VET centres",
            "search_description": (
                "Urratsbat offers advice, offices and workshops in VET centres to students and "
                "alumni who want to start their own company."
            ),
            "image_alt": "Abstract illustration: orange steps rising upwards",
            "summary": (
                "Support for students and alumni who want to start a company at their VET centre: "
                "comprehensive advice, fully equipped offices and use of the centre's workshops "
                "and facilities."
            ),
            "contact_title": "Contact",
            "contact_name": "Jon Arregi",
            "contact_role": "Urratsbat programme coordinator",
            "contact_text": (
                "Write or call us with any questions about Urratsbat or your centre's "
                "entrepreneurship service."
            ),
            "body": [
                ("heading", {"text": "Entrepreneurship from within VET centres", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Urratsbat is the business-creation programme run in VET centres. It "
                        "helps students and alumni turn their business idea into a company, in a "
                        "setting they know and with the resources they need.</p>"
                        "<p>Each participating centre has an entrepreneurship coordinator who is "
                        "the entrepreneurs' point of reference throughout the process, from the "
                        "initial idea until the company is established in the market.</p>"
                    ),
                ),
                ("heading", {"text": "What does Urratsbat offer?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Entrepreneurs receive the following support:</p>"
                        "<ul>"
                        "<li><strong>Comprehensive advice:</strong> business model, viability "
                        "plan, funding, paperwork and first sales.</li>"
                        "<li><strong>Fully equipped offices:</strong> a workspace, internet "
                        "connection and meeting rooms on the centre's premises.</li>"
                        "<li><strong>Workshops and facilities:</strong> machinery and equipment to "
                        "build prototypes and test first production runs.</li>"
                        "<li><strong>Contacts:</strong> with teaching staff, companies and other "
                        "entrepreneurs.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Ten years of Urratsbat",
                        "figures": [
                            {"value": "10", "label": "Years of activity"},
                            {"value": "400+", "label": "Companies created"},
                            {"value": "700+", "label": "Entrepreneurs supported"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The centre gave us an office and a workshop, but above all peace of "
                            "mind: there was always someone nearby we could ask. In our first year "
                            "we won three regular clients."
                        ),
                        "attribution": "Iker Larrañaga",
                        "role": "Entrepreneur, Armeria Eskola",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Who can take part in Urratsbat?",
                                "answer": (
                                    "<p>VET students and alumni with a business project. Each "
                                    "centre assesses whether the project fits the programme.</p>"
                                ),
                            },
                            {
                                "question": "Can I take part if I only have an idea?",
                                "answer": (
                                    "<p>Yes. Urratsbat provides support from the idea stage: the "
                                    "idea is analysed, the market is studied and the business "
                                    "model is developed before the company is set up.</p>"
                                ),
                            },
                            {
                                "question": "How long can I use the centre's offices?",
                                "answer": (
                                    "<p>Each centre sets its own conditions, but companies can "
                                    "generally stay for up to two years while they consolidate "
                                    "their activity.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Want to start a company?",
                        "text": (
                            "Talk to the entrepreneurship coordinator at your centre or write to "
                            "us, and we will show you how to take the first steps."
                        ),
                        "button_text": "Get in touch",
                        "page": "contact",
                    },
                ),
            ],
        },
    },
    {
        "key": "community",
        "type": "ProgrammePage",
        "parent": "programmes",
        "image": "community",
        "show_in_menus": False,
        "shared": {"contact_email": "komunitatea@tknika.eus", "contact_phone": "+34 943 082 900"},
        "eu": {
            "title": "Urratsbat komunitatea",
            "slug": "urratsbat-komunitatea",
            "seo_title": "Urratsbat komunitatea: enpresen sarea",
            "search_description": (
                "Urratsbat programan sortutako 400 enpresa baino gehiagoren sarea: harremanak, "
                "ikusgarritasuna, prestakuntza, enpresa-garapena eta merkatua."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu more gainjarriak",
            "summary": (
                "Urratsbat programan hamar urtean sortutako enpresen sarea: harremanak, "
                "ikusgarritasuna, prestakuntza, enpresa-garapena eta enpresen arteko merkatua."
            ),
            "contact_title": "Harremanetarako",
            "contact_name": "Amaia Zabala",
            "contact_role": "Urratsbat komunitatearen dinamizatzailea",
            "contact_text": (
                "Idatzi iezaguzu komunitatean sartzeko edo merkatuan iragarki bat argitaratzeko."
            ),
            "body": [
                ("heading", {"text": "Enpresa sortu ondoren ere, elkarrekin", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitatea programaren bidez sortutako enpresek osatzen "
                        "dute. Hamar urtean, 400 enpresa baino gehiago sortu dira Lanbide "
                        "Heziketako ikastetxeetan, eta komunitateak haien arteko harremana eta "
                        "hazkundea sustatzen ditu.</p>"
                        "<p>Enpresa bat sortzea lehen urratsa baino ez da. Komunitateak hurrengo "
                        "urteetan ere laguntzen die enpresei: beste ekintzaile batzuengandik "
                        "ikasten, bezero berriak aurkitzen eta jarduera sendotzen.</p>"
                    ),
                ),
                ("heading", {"text": "Zer eskaintzen die komunitateak kideei?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Komunitateko kide izateak bost abantaila nagusi ditu:</p>"
                        "<ul>"
                        "<li><strong>Sarea:</strong> topaketak eta jardunaldiak, enpresen artean "
                        "harremanak sortzeko.</li>"
                        "<li><strong>Ikusgarritasuna:</strong> komunitateko enpresen berri ematen "
                        "dugu gure kanaletan eta ekitaldietan.</li>"
                        "<li><strong>Informazioa, prestakuntza eta aholkularitza:</strong> "
                        "enpresen beharrei erantzuteko saioak eta materialak.</li>"
                        "<li><strong>Enpresa-garapena:</strong> hazteko, berritzeko edo "
                        "nazioartera irteteko laguntza.</li>"
                        "<li><strong>Merkatua:</strong> enpresen arteko eskaintzak eta eskaerak "
                        "argitaratzeko gunea.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Komunitatea zenbakitan",
                        "figures": [
                            {"value": "400+", "label": "Komunitateko enpresak"},
                            {"value": "10", "label": "Urteko ibilbidea"},
                            {
                                "value": "150+",
                                "label": "Merkatuan urtero argitaratutako iragarkiak",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Merkatuari esker, komunitateko beste enpresa batekin hasi ginen "
                            "lanean: guk diseinua egiten dugu, eta haiek, fabrikazioa. "
                            "Komunitaterik gabe, ez ginen inoiz elkar ezagutuko."
                        ),
                        "attribution": "Leire Goikoetxea",
                        "role": "Ekintzailea, Usurbil LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Ohiko galderak",
                        "items": [
                            {
                                "question": "Nor izan daiteke komunitateko kide?",
                                "answer": (
                                    "<p>Urratsbat programaren bidez Lanbide Heziketako ikastetxe "
                                    "batean sortutako enpresa guztiak, sortu ziren urtea edozein "
                                    "dela ere.</p>"
                                ),
                            },
                            {
                                "question": "Nola funtzionatzen du merkatuak?",
                                "answer": (
                                    "<p>Kideek beren eskaintzak (zerbitzuak, produktuak edo "
                                    "ekipamendua) eta eskaerak (hornitzaileak, lankidetzak edo "
                                    "langileak) argitaratzen dituzte, eta interesa duten enpresek "
                                    "zuzenean hartzen dute harremana.</p>"
                                ),
                            },
                            {
                                "question": "Kuotarik ordaindu behar da?",
                                "answer": (
                                    "<p>Ez. Komunitatean parte hartzea doakoa da Urratsbat "
                                    "programan sortutako enpresentzat.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Zure enpresa Urratsbaten sortu zen?",
                        "text": (
                            "Idatzi iezaguzu zure enpresaren datuekin, eta komunitatera gehituko "
                            "zaitugu."
                        ),
                        "button_text": "Batu komunitatera",
                        "page": "contact",
                    },
                ),
            ],
        },
        "es": {
            "title": "Comunidad Urratsbat",
            "slug": "comunidad-urratsbat",
            "seo_title": "Comunidad Urratsbat: red de empresas",
            "search_description": (
                "La red de más de 400 empresas creadas en Urratsbat: contactos, visibilidad, "
                "formación, desarrollo empresarial y un marketplace entre empresas."
            ),
            "image_alt": "Ilustración abstracta: círculos morados superpuestos",
            "summary": (
                "La red de empresas creadas en diez años del programa Urratsbat: contactos, "
                "visibilidad, formación, desarrollo empresarial y un marketplace de ofertas y "
                "demandas entre empresas."
            ),
            "contact_title": "Contacto",
            "contact_name": "Amaia Zabala",
            "contact_role": "Dinamizadora de la comunidad Urratsbat",
            "contact_text": (
                "Escríbenos para unirte a la comunidad o publicar un anuncio en el marketplace."
            ),
            "body": [
                (
                    "heading",
                    {"text": "Después de crear la empresa, seguimos juntos", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>La comunidad Urratsbat está formada por las empresas creadas a través "
                        "del programa. En diez años se han creado más de 400 empresas en centros "
                        "de FP, y la comunidad impulsa la relación entre ellas y su "
                        "crecimiento.</p>"
                        "<p>Crear una empresa es solo el primer paso. La comunidad sigue "
                        "acompañando a las empresas en los años siguientes para que aprendan de "
                        "otras personas emprendedoras, encuentren nuevos clientes y consoliden su "
                        "actividad.</p>"
                    ),
                ),
                ("heading", {"text": "¿Qué ofrece la comunidad?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Formar parte de la comunidad tiene cinco ventajas principales:</p>"
                        "<ul>"
                        "<li><strong>Red de contactos:</strong> encuentros y jornadas para crear "
                        "relaciones entre empresas.</li>"
                        "<li><strong>Visibilidad:</strong> damos a conocer las empresas de la "
                        "comunidad en nuestros canales y eventos.</li>"
                        "<li><strong>Información, formación y asesoramiento:</strong> sesiones y "
                        "materiales que responden a las necesidades de las empresas.</li>"
                        "<li><strong>Desarrollo empresarial:</strong> apoyo para crecer, innovar o "
                        "salir al exterior.</li>"
                        "<li><strong>Marketplace:</strong> un espacio para publicar ofertas y "
                        "demandas entre empresas.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "La comunidad en cifras",
                        "figures": [
                            {"value": "400+", "label": "Empresas en la comunidad"},
                            {"value": "10", "label": "Años de trayectoria"},
                            {
                                "value": "150+",
                                "label": "Anuncios publicados al año en el marketplace",
                            },
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gracias al marketplace empezamos a trabajar con otra empresa de la "
                            "comunidad: nosotros hacemos el diseño y ellos, la fabricación. Sin la "
                            "comunidad, nunca nos habríamos conocido."
                        ),
                        "attribution": "Leire Goikoetxea",
                        "role": "Emprendedora, Usurbil LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Quién puede formar parte de la comunidad?",
                                "answer": (
                                    "<p>Todas las empresas creadas en un centro de FP a través del "
                                    "programa Urratsbat, sea cual sea su año de creación.</p>"
                                ),
                            },
                            {
                                "question": "¿Cómo funciona el marketplace?",
                                "answer": (
                                    "<p>Las empresas publican sus ofertas (servicios, productos o "
                                    "equipamiento) y sus demandas (proveedores, colaboraciones o "
                                    "personal), y las empresas interesadas contactan directamente "
                                    "entre sí.</p>"
                                ),
                            },
                            {
                                "question": "¿Hay que pagar alguna cuota?",
                                "answer": (
                                    "<p>No. Participar en la comunidad es gratuito para las "
                                    "empresas creadas en el programa Urratsbat.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "¿Tu empresa nació en Urratsbat?",
                        "text": (
                            "Escríbenos con los datos de tu empresa y te incorporaremos a la "
                            "comunidad."
                        ),
                        "button_text": "Únete a la comunidad",
                        "page": "contact",
                    },
                ),
            ],
        },
        "en": {
            "title": "Urratsbat community",
            "slug": "urratsbat-community",
            "seo_title": "Urratsbat community: company network",
            "search_description": (
                "The network of over 400 companies created through Urratsbat: networking, "
                "visibility, training, business development and a marketplace."
            ),
            "image_alt": "Abstract illustration: overlapping purple circles",
            "summary": (
                "The network of companies created over ten years of the Urratsbat programme: "
                "networking, visibility, training, business development and a marketplace where "
                "companies post offers and requests."
            ),
            "contact_title": "Contact",
            "contact_name": "Amaia Zabala",
            "contact_role": "Urratsbat community manager",
            "contact_text": (
                "Write to us to join the community or post a listing on the marketplace."
            ),
            "body": [
                ("heading", {"text": "Support that continues after start-up", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat community is made up of the companies created through "
                        "the programme. Over ten years, more than 400 companies have been set up "
                        "in VET centres, and the community strengthens the links between them and "
                        "helps them grow.</p>"
                        "<p>Starting a company is only the first step. The community keeps "
                        "supporting companies in the years that follow, as they learn from other "
                        "entrepreneurs, find new customers and consolidate their business.</p>"
                    ),
                ),
                ("heading", {"text": "What does the community offer?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Membership brings five main benefits:</p>"
                        "<ul>"
                        "<li><strong>Networking:</strong> meetings and events to build "
                        "relationships between companies.</li>"
                        "<li><strong>Visibility:</strong> we showcase community companies through "
                        "our channels and events.</li>"
                        "<li><strong>Information, training and advice:</strong> sessions and "
                        "materials tailored to companies' needs.</li>"
                        "<li><strong>Business development:</strong> support to grow, innovate or "
                        "expand internationally.</li>"
                        "<li><strong>Marketplace:</strong> a space where companies post offers and "
                        "requests for each other.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "The community in figures",
                        "figures": [
                            {"value": "400+", "label": "Member companies"},
                            {"value": "10", "label": "Years of activity"},
                            {"value": "150+", "label": "Marketplace listings per year"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Through the marketplace we started working with another company in "
                            "the community: we do the design and they handle manufacturing. "
                            "Without the community, we would never have met."
                        ),
                        "attribution": "Leire Goikoetxea",
                        "role": "Entrepreneur, Usurbil LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Who can join the community?",
                                "answer": (
                                    "<p>Any company created in a VET centre through the Urratsbat "
                                    "programme, whatever year it was founded.</p>"
                                ),
                            },
                            {
                                "question": "How does the marketplace work?",
                                "answer": (
                                    "<p>Members post their offers (services, products or "
                                    "equipment) and requests (suppliers, partnerships or staff), "
                                    "and interested companies contact each other directly.</p>"
                                ),
                            },
                            {
                                "question": "Is there a membership fee?",
                                "answer": (
                                    "<p>No. Membership is free for companies created through the "
                                    "Urratsbat programme.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Was your company created through Urratsbat?",
                        "text": (
                            "Send us your company details and we will add you to the community."
                        ),
                        "button_text": "Join the community",
                        "page": "contact",
                    },
                ),
            ],
        },
    },
    {
        "key": "esm",
        "type": "ProgrammePage",
        "parent": "programmes",
        "image": "esm",
        "show_in_menus": False,
        "shared": {"contact_email": "esm@tknika.eus", "contact_phone": "+34 943 082 900"},
        "eu": {
            "title": "ESM – Ekintzaileei Laguntzeko Metodologia",
            "slug": "esm",
            "seo_title": "ESM: ekintzaileei laguntzeko metodologia",
            "search_description": (
                "ESM: Urratsbaten ekintzaileei laguntzen dieten Lanbide Heziketako ikastetxeetako "
                "dinamizatzaileentzako prestakuntza eta metodologia."
            ),
            "image_alt": "Ilustrazio abstraktua: lauki urdinez osatutako sareta",
            "summary": (
                "Urratsbaten ekintzaileei laguntzen dieten dinamizatzaileentzako prestakuntza: "
                "Lanbide Heziketako ikastetxeetako langileentzako metodologia partekatua eta "
                "tresna praktikoak."
            ),
            "contact_title": "Harremanetarako",
            "contact_name": "Xabier Olano",
            "contact_role": "ESM prestakuntzaren arduraduna",
            "contact_text": (
                "Idatzi iezaguzu hurrengo prestakuntza-taldeari buruzko informazioa jasotzeko."
            ),
            "body": [
                (
                    "heading",
                    {"text": "Ekintzaileei laguntzen dietenentzako prestakuntza", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>ESM (Entrepreneur Support Methodology) Urratsbat programan "
                        "ekintzaileei laguntzen dieten dinamizatzaileentzako prestakuntza da. "
                        "Dinamizatzaileak Lanbide Heziketako ikastetxeetako langileak dira: "
                        "irakasleak, ekintzailetza-arduradunak eta enpresekin harremanetan lan "
                        "egiten duten profesionalak.</p>"
                        "<p>Metodologiak lan egiteko modu komuna eskaintzen die ikastetxe guztiei, "
                        "ekintzaile bakoitzak kalitate bereko laguntza jaso dezan, edozein "
                        "ikastetxetan dagoela ere.</p>"
                    ),
                ),
                ("heading", {"text": "Prestakuntzaren edukiak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Prestakuntza praktikoa da, eta benetako kasuetan oinarritzen da. Hauek "
                        "dira gai nagusiak:</p>"
                        "<ul>"
                        "<li>Ideia bat aztertzea eta bezero potentzialekin balioztatzea.</li>"
                        "<li>Negozio-eredua eta bideragarritasun-plana lantzea.</li>"
                        "<li>Ekintzailearekin elkarrizketak egiteko eta jarraipena egiteko "
                        "teknikak.</li>"
                        "<li>Finantzaketa-iturriak eta laguntza publikoak ezagutzea.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "team",
                        "alt_text": "Ilustrazio abstraktua: zirkulu gorri gainjarriak",
                        "caption": (
                            "Prestakuntza-saioetan, dinamizatzaileek beren esperientziak "
                            "partekatzen dituzte."
                        ),
                    },
                ),
                (
                    "key_figures",
                    {
                        "title": "ESM zenbakitan",
                        "figures": [
                            {"value": "250+", "label": "Prestatutako dinamizatzaileak"},
                            {"value": "40", "label": "Prestakuntza-ordu ibilbide bakoitzean"},
                            {"value": "4", "label": "Modulu praktiko"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "ESMri esker, badakit zer galdetu ekintzaile bati lehen elkarrizketan "
                            "eta nola egin jarraipena hurrengo hilabeteetan. Lehen, bakoitzak bere "
                            "erara egiten genuen."
                        ),
                        "attribution": "Nerea Arrieta",
                        "role": "Ekintzailetza-arduraduna, Tolosaldea LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Ohiko galderak",
                        "items": [
                            {
                                "question": "Nork egin dezake ESM prestakuntza?",
                                "answer": (
                                    "<p>Urratsbat programan parte hartzen duten Lanbide Heziketako "
                                    "ikastetxeetako langileek, batez ere ekintzaileei laguntzen "
                                    "dietenek edo laguntzen hasiko direnek.</p>"
                                ),
                            },
                            {
                                "question": "Non eta noiz egiten da?",
                                "answer": (
                                    "<p>Ikasturtean zehar antolatzen da, eta saio presentzialak "
                                    "(Tknikan eta ikastetxeetan) eta online saioak uztartzen ditu. "
                                    "Egutegia ikasturtearen hasieran argitaratzen da.</p>"
                                ),
                            },
                            {
                                "question": "Ziurtagiririk ematen da?",
                                "answer": (
                                    "<p>Bai. Ibilbide osoa amaitzen dutenek "
                                    "prestakuntza-ziurtagiria jasotzen dute.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Zure ikastetxeak dinamizatzaileak prestatu nahi ditu?",
                        "text": (
                            "Idatzi iezaguzu, eta hurrengo taldearen datak eta izena emateko modua "
                            "bidaliko dizkizugu."
                        ),
                        "button_text": "Jarri gurekin harremanetan",
                        "page": "contact",
                    },
                ),
            ],
        },
        "es": {
            "title": "ESM – Metodología de Apoyo al Emprendimiento",
            "slug": "esm",
            "seo_title": "ESM: metodología de apoyo al emprendimiento",
            "search_description": (
                "ESM: formación y metodología para las personas dinamizadoras de los centros de FP "
                "que acompañan a quienes emprenden en Urratsbat."
            ),
            "image_alt": "Ilustración abstracta: cuadrícula de cuadrados azules",
            "summary": (
                "Formación para las personas dinamizadoras que acompañan a quienes emprenden en "
                "Urratsbat: una metodología común y herramientas prácticas para el personal de los "
                "centros de FP."
            ),
            "contact_title": "Contacto",
            "contact_name": "Xabier Olano",
            "contact_role": "Responsable de la formación ESM",
            "contact_text": (
                "Escríbenos para recibir información sobre el próximo grupo de formación."
            ),
            "body": [
                (
                    "heading",
                    {
                        "text": "Formación para quienes acompañan a las personas emprendedoras",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>ESM (Entrepreneur Support Methodology) es la formación dirigida a las "
                        "personas dinamizadoras que acompañan a quienes emprenden en el programa "
                        "Urratsbat. Son profesionales de los centros de FP: profesorado, "
                        "responsables de emprendimiento y personal que trabaja en contacto con las "
                        "empresas.</p>"
                        "<p>La metodología ofrece a todos los centros una forma de trabajar común, "
                        "para que cada persona emprendedora reciba un acompañamiento de la misma "
                        "calidad, esté en el centro que esté.</p>"
                    ),
                ),
                ("heading", {"text": "Contenidos de la formación", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La formación es práctica y se basa en casos reales. Estos son los "
                        "temas principales:</p>"
                        "<ul>"
                        "<li>Analizar una idea y validarla con clientes potenciales.</li>"
                        "<li>Trabajar el modelo de negocio y el plan de viabilidad.</li>"
                        "<li>Técnicas de entrevista y seguimiento con la persona emprendedora.</li>"
                        "<li>Conocer las fuentes de financiación y las ayudas públicas.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "team",
                        "alt_text": "Ilustración abstracta: círculos rojos superpuestos",
                        "caption": (
                            "En las sesiones de formación, las personas dinamizadoras comparten "
                            "sus experiencias."
                        ),
                    },
                ),
                (
                    "key_figures",
                    {
                        "title": "ESM en cifras",
                        "figures": [
                            {"value": "250+", "label": "Personas dinamizadoras formadas"},
                            {"value": "40", "label": "Horas de formación por itinerario"},
                            {"value": "4", "label": "Módulos prácticos"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gracias a ESM sé qué preguntar a una persona emprendedora en la "
                            "primera entrevista y cómo hacer el seguimiento en los meses "
                            "siguientes. Antes, cada cual lo hacía a su manera."
                        ),
                        "attribution": "Nerea Arrieta",
                        "role": "Responsable de emprendimiento, Tolosaldea LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Preguntas frecuentes",
                        "items": [
                            {
                                "question": "¿Quién puede hacer la formación ESM?",
                                "answer": (
                                    "<p>El personal de los centros de FP que participan en "
                                    "Urratsbat, especialmente quienes acompañan o van a acompañar "
                                    "a personas emprendedoras.</p>"
                                ),
                            },
                            {
                                "question": "¿Dónde y cuándo se imparte?",
                                "answer": (
                                    "<p>Se organiza a lo largo del curso y combina sesiones "
                                    "presenciales (en Tknika y en los centros) con sesiones en "
                                    "línea. El calendario se publica al inicio del curso.</p>"
                                ),
                            },
                            {
                                "question": "¿Se entrega algún certificado?",
                                "answer": (
                                    "<p>Sí. Quienes completan el itinerario reciben un certificado "
                                    "de formación.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "¿Tu centro quiere formar a personas dinamizadoras?",
                        "text": (
                            "Escríbenos y te enviaremos las fechas del próximo grupo y la forma de "
                            "inscribirse."
                        ),
                        "button_text": "Contacta con nosotros",
                        "page": "contact",
                    },
                ),
            ],
        },
        "en": {
            "title": "ESM – Entrepreneur Support Methodology",
            "slug": "esm",
            "seo_title": "ESM: Entrepreneur Support Methodology",
            "search_description": (
                "ESM: training and methodology for VET centre facilitators who support "
                "entrepreneurs in the Urratsbat programme."
            ),
            "image_alt": "Abstract illustration: a grid of blue squares",
            "summary": (
                "Training for the facilitators who support entrepreneurs in Urratsbat: a shared "
                "methodology and practical tools for VET centre staff."
            ),
            "contact_title": "Contact",
            "contact_name": "Xabier Olano",
            "contact_role": "ESM training lead",
            "contact_text": "Write to us for information about the next training group.",
            "body": [
                (
                    "heading",
                    {"text": "Training for those who support entrepreneurs", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>ESM (Entrepreneur Support Methodology) is the training programme for "
                        "the facilitators who support entrepreneurs in Urratsbat. Facilitators are "
                        "VET centre staff: teachers, entrepreneurship coordinators and "
                        "professionals who work closely with companies.</p>"
                        "<p>The methodology gives all centres a shared way of working, so that "
                        "every entrepreneur receives the same quality of support, whichever centre "
                        "they are in.</p>"
                    ),
                ),
                ("heading", {"text": "What the training covers", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The training is practical and based on real cases. The main topics "
                        "are:</p>"
                        "<ul>"
                        "<li>Analysing an idea and validating it with potential customers.</li>"
                        "<li>Developing the business model and viability plan.</li>"
                        "<li>Interview and follow-up techniques for working with "
                        "entrepreneurs.</li>"
                        "<li>Understanding funding sources and public support schemes.</li></ul>"
                    ),
                ),
                (
                    "image",
                    {
                        "image": "team",
                        "alt_text": "Abstract illustration: overlapping red circles",
                        "caption": (
                            "In training sessions, facilitators share their experiences with each "
                            "other."
                        ),
                    },
                ),
                (
                    "key_figures",
                    {
                        "title": "ESM in figures",
                        "figures": [
                            {"value": "250+", "label": "Facilitators trained"},
                            {"value": "40", "label": "Training hours per course"},
                            {"value": "4", "label": "Practical modules"},
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Thanks to ESM, I know what to ask an entrepreneur at the first "
                            "meeting and how to follow up over the months that follow. Before, "
                            "each of us did it our own way."
                        ),
                        "attribution": "Nerea Arrieta",
                        "role": "Entrepreneurship coordinator, Tolosaldea LHII",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Who can take the ESM training?",
                                "answer": (
                                    "<p>Staff at VET centres taking part in Urratsbat, especially "
                                    "those who support, or will soon support, entrepreneurs.</p>"
                                ),
                            },
                            {
                                "question": "Where and when does it take place?",
                                "answer": (
                                    "<p>It runs throughout the academic year and combines "
                                    "face-to-face sessions (at Tknika and in the centres) with "
                                    "online sessions. The schedule is published at the start of "
                                    "the year.</p>"
                                ),
                            },
                            {
                                "question": "Is there a certificate?",
                                "answer": (
                                    "<p>Yes. Participants who complete the full course receive a "
                                    "training certificate.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Would your centre like to train facilitators?",
                        "text": (
                            "Write to us and we will send you the dates of the next group and how "
                            "to sign up."
                        ),
                        "button_text": "Get in touch",
                        "page": "contact",
                    },
                ),
            ],
        },
    },
    {
        "key": "about",
        "type": "StandardPage",
        "parent": "home",
        "image": "team",
        "show_in_menus": True,
        "shared": {},
        "eu": {
            "title": "Gure saila",
            "slug": "gure-saila",
            "seo_title": "Gure saila",
            "search_description": (
                "Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza Saila: Lanbide "
                "Heziketa, ETEak eta ekintzailetza lotzen ditugu Euskadin."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu gorri gainjarriak",
            "intro": (
                "Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza Sailak Lanbide "
                "Heziketa, enpresak eta ekintzailetza lotzen ditu."
            ),
            "body": [
                ("heading", {"text": "Nor gara", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika Lanbide Heziketako Ikerketa eta Berrikuntza Aplikatuko Euskal "
                        "Zentroa da, eta Errenterian (Gipuzkoa) du egoitza. Euskadiko Lanbide "
                        "Heziketaren berrikuntza bultzatzea du helburu, ikastetxeekin "
                        "elkarlanean.</p>"
                        "<p>Ingurune Estrategikoetan Aplikatutako Berrikuntza Saila Tknikaren "
                        "sailetako bat da. Lanbide Heziketako ikastetxeen, enpresen —batez ere "
                        "ETEen— eta ekintzaileen arteko lankidetza sustatzen du, Euskadiko "
                        "ekonomiarentzat estrategikoak diren eremuetan.</p>"
                    ),
                ),
                ("heading", {"text": "Zer egiten dugu", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Lau programaren bidez egiten dugu lan:</p>"
                        "<ul>"
                        "<li><strong>TKgune:</strong> ikastetxeen eta ETEen arteko "
                        "berrikuntza-proiektuak.</li>"
                        "<li><strong>Urratsbat:</strong> enpresak sortzeko laguntza Lanbide "
                        "Heziketako ikastetxeetan.</li>"
                        "<li><strong>Urratsbat komunitatea:</strong> programan sortutako enpresen "
                        "sarea.</li>"
                        "<li><strong>ESM:</strong> ekintzaileei laguntzen dieten "
                        "dinamizatzaileentzako prestakuntza.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Gure jarduera zenbakitan",
                        "figures": [
                            {"value": "4", "label": "Programa"},
                            {"value": "400+", "label": "Urratsbaten sortutako enpresak"},
                            {"value": "300+", "label": "TKguneko ETE parte-hartzaileak"},
                            {"value": "250+", "label": "ESMn prestatutako dinamizatzaileak"},
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Ezagutu gure programak",
                        "text": (
                            "Ikusi programa bakoitza nori zuzenduta dagoen eta nola har dezakezun "
                            "parte."
                        ),
                        "button_text": "Ikusi programak",
                        "page": "programmes",
                    },
                ),
            ],
        },
        "es": {
            "title": "El departamento",
            "slug": "el-departamento",
            "seo_title": "El departamento",
            "search_description": (
                "Departamento de Innovación Aplicada en Entornos Estratégicos de Tknika: "
                "conectamos la FP, las pymes y el emprendimiento en Euskadi."
            ),
            "image_alt": "Ilustración abstracta: círculos rojos superpuestos",
            "intro": (
                "El Departamento de Innovación Aplicada en Entornos Estratégicos de Tknika conecta "
                "la FP con las empresas y el emprendimiento."
            ),
            "body": [
                ("heading", {"text": "Quiénes somos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika es el Centro Vasco de Investigación e Innovación Aplicada de la "
                        "Formación Profesional y tiene su sede en Errenteria (Gipuzkoa). Su "
                        "objetivo es impulsar la innovación en la FP de Euskadi en colaboración "
                        "con los centros.</p>"
                        "<p>El Departamento de Innovación Aplicada en Entornos Estratégicos es uno "
                        "de los departamentos de Tknika. Promueve la colaboración entre los "
                        "centros de FP, las empresas —sobre todo las pymes— y las personas "
                        "emprendedoras en ámbitos estratégicos para la economía vasca.</p>"
                    ),
                ),
                ("heading", {"text": "Qué hacemos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Trabajamos a través de cuatro programas:</p>"
                        "<ul>"
                        "<li><strong>TKgune:</strong> proyectos de innovación entre centros de FP "
                        "y pymes.</li>"
                        "<li><strong>Urratsbat:</strong> apoyo a la creación de empresas en los "
                        "centros de FP.</li>"
                        "<li><strong>Comunidad Urratsbat:</strong> red de las empresas creadas en "
                        "el programa.</li>"
                        "<li><strong>ESM:</strong> formación para las personas dinamizadoras que "
                        "acompañan a quienes emprenden.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Nuestra actividad en cifras",
                        "figures": [
                            {"value": "4", "label": "Programas"},
                            {"value": "400+", "label": "Empresas creadas en Urratsbat"},
                            {"value": "300+", "label": "Pymes participantes en TKgune"},
                            {"value": "250+", "label": "Personas dinamizadoras formadas en ESM"},
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Conoce nuestros programas",
                        "text": (
                            "Descubre a quién se dirige cada programa y cómo puedes participar."
                        ),
                        "button_text": "Ver los programas",
                        "page": "programmes",
                    },
                ),
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about",
            "seo_title": "About us",
            "search_description": (
                "Tknika's Department of Innovation applied to strategic settings connects "
                "vocational training, SMEs and entrepreneurship in the Basque Country."
            ),
            "image_alt": "Abstract illustration: overlapping red circles",
            "intro": (
                "Tknika's Department of Innovation applied to strategic settings links vocational "
                "training with companies and entrepreneurship."
            ),
            "body": [
                ("heading", {"text": "Who we are", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika is the Basque Centre for Research and Applied Innovation in "
                        "VET, based in Errenteria (Gipuzkoa). Its aim is to drive innovation in "
                        "Basque vocational education and training, working together with VET "
                        "centres.</p>"
                        "<p>The Department of Innovation applied to strategic settings is one of "
                        "Tknika's departments. It promotes collaboration between VET centres, "
                        "companies (especially SMEs) and entrepreneurs in areas that are strategic "
                        "for the Basque economy.</p>"
                    ),
                ),
                ("heading", {"text": "What we do", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>We work through four programmes:</p>"
                        "<ul>"
                        "<li><strong>TKgune:</strong> innovation projects between VET centres and "
                        "SMEs.</li>"
                        "<li><strong>Urratsbat:</strong> support for business creation in VET "
                        "centres.</li>"
                        "<li><strong>Urratsbat community:</strong> the network of companies "
                        "created through the programme.</li>"
                        "<li><strong>ESM:</strong> training for the facilitators who support "
                        "entrepreneurs.</li></ul>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Our work in figures",
                        "figures": [
                            {"value": "4", "label": "Programmes"},
                            {"value": "400+", "label": "Companies created through Urratsbat"},
                            {"value": "300+", "label": "SMEs involved in TKgune"},
                            {"value": "250+", "label": "Facilitators trained in ESM"},
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "title": "Explore our programmes",
                        "text": "See who each programme is for and how you can take part.",
                        "button_text": "View programmes",
                        "page": "programmes",
                    },
                ),
            ],
        },
    },
    {
        "key": "contact",
        "type": "StandardPage",
        "parent": "home",
        "image": None,
        "show_in_menus": True,
        "shared": {},
        "eu": {
            "title": "Harremanetarako",
            "slug": "harremanetarako",
            "seo_title": "Harremanetarako",
            "search_description": (
                "Jarri harremanetan Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza "
                "Sailarekin eta TKgune, Urratsbat eta ESM programekin."
            ),
            "image_alt": "",
            "intro": (
                "Idatzi, deitu edo etorri gure egoitzara: zure galderari erantzuteko pertsona "
                "egokiarekin jarriko zaitugu harremanetan."
            ),
            "body": [
                ("heading", {"text": "Sailaren harremanetarako datuak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p><strong>Posta elektronikoa:</strong> berrikuntza@tknika.eus</p>"
                        "<p><strong>Telefonoa:</strong> +34 943 082 900</p>"
                        "<p><strong>Helbidea:</strong> Tknika, Zamalbide auzoa z/g, 20100 "
                        "Errenteria (Gipuzkoa)</p>"
                        "<p><strong>Ordutegia:</strong> astelehenetik ostegunera, 8:00etatik "
                        "17:00etara; ostiraletan, 8:00etatik 14:00etara.</p>"
                    ),
                ),
                ("heading", {"text": "Programen helbide elektronikoak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>TKgune:</strong> tkgune@tknika.eus</li>"
                        "<li><strong>Urratsbat:</strong> urratsbat@tknika.eus</li>"
                        "<li><strong>Urratsbat komunitatea:</strong> komunitatea@tknika.eus</li>"
                        "<li><strong>ESM:</strong> esm@tknika.eus</li></ul>"
                    ),
                ),
                ("heading", {"text": "Bisitak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Bilera presentzialak hitzordua hartuta egiten dira. Idatzi iezaguzu "
                        "aldez aurretik, eta egun eta ordu bat adostuko dugu.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Contacto",
            "slug": "contacto",
            "seo_title": "Contacto",
            "search_description": (
                "Contacta con el Departamento de Innovación Aplicada en Entornos Estratégicos de "
                "Tknika y con los programas TKgune, Urratsbat y ESM."
            ),
            "image_alt": "",
            "intro": (
                "Escríbenos, llámanos o visítanos: te pondremos en contacto con la persona "
                "adecuada para responder a tu consulta."
            ),
            "body": [
                ("heading", {"text": "Datos de contacto del departamento", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p><strong>Correo electrónico:</strong> berrikuntza@tknika.eus</p>"
                        "<p><strong>Teléfono:</strong> +34 943 082 900</p>"
                        "<p><strong>Dirección:</strong> Tknika, Barrio Zamalbide s/n, 20100 "
                        "Errenteria (Gipuzkoa)</p>"
                        "<p><strong>Horario:</strong> de lunes a jueves, de 8:00 a 17:00; viernes, "
                        "de 8:00 a 14:00.</p>"
                    ),
                ),
                ("heading", {"text": "Correo de cada programa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>TKgune:</strong> tkgune@tknika.eus</li>"
                        "<li><strong>Urratsbat:</strong> urratsbat@tknika.eus</li>"
                        "<li><strong>Comunidad Urratsbat:</strong> komunitatea@tknika.eus</li>"
                        "<li><strong>ESM:</strong> esm@tknika.eus</li></ul>"
                    ),
                ),
                ("heading", {"text": "Visitas", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Las reuniones presenciales se realizan con cita previa. Escríbenos con "
                        "antelación y acordaremos el día y la hora.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "seo_title": "Contact",
            "search_description": (
                "Contact Tknika's Department of Innovation applied to strategic settings and the "
                "TKgune, Urratsbat and ESM programmes."
            ),
            "image_alt": "",
            "intro": (
                "Write, call or visit us: we will put you in touch with the right person to answer "
                "your question."
            ),
            "body": [
                ("heading", {"text": "Department contact details", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p><strong>Email:</strong> berrikuntza@tknika.eus</p>"
                        "<p><strong>Phone:</strong> +34 943 082 900</p>"
                        "<p><strong>Address:</strong> Tknika, Zamalbide auzoa s/n, 20100 "
                        "Errenteria (Gipuzkoa), Spain</p>"
                        "<p><strong>Opening hours:</strong> Monday to Thursday, 8:00 to 17:00; "
                        "Friday, 8:00 to 14:00.</p>"
                    ),
                ),
                ("heading", {"text": "Programme email addresses", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><strong>TKgune:</strong> tkgune@tknika.eus</li>"
                        "<li><strong>Urratsbat:</strong> urratsbat@tknika.eus</li>"
                        "<li><strong>Urratsbat community:</strong> komunitatea@tknika.eus</li>"
                        "<li><strong>ESM:</strong> esm@tknika.eus</li></ul>"
                    ),
                ),
                ("heading", {"text": "Visits", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In-person meetings are by appointment only. Write to us in advance and "
                        "we will arrange a day and time.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "type": "StandardPage",
        "parent": "home",
        "image": None,
        "show_in_menus": False,
        "shared": {},
        "eu": {
            "title": "Pribatutasun-politika",
            "slug": "pribatutasuna",
            "seo_title": "Pribatutasun-politika",
            "search_description": (
                "Tknika Hub webgunearen bidez jasotako datu pertsonalak nola tratatzen ditugun eta "
                "zure eskubideak nola baliatu ditzakezun."
            ),
            "image_alt": "",
            "intro": (
                "Orri honetan azaltzen dugu nola tratatzen ditugun webgune honen bidez jasotzen "
                "ditugun datu pertsonalak."
            ),
            "body": [
                ("heading", {"text": "Tratamenduaren arduraduna", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika – Lanbide Heziketako Ikerketa eta Berrikuntza Aplikatuko Euskal "
                        "Zentroa. Helbidea: Zamalbide auzoa z/g, 20100 Errenteria (Gipuzkoa). "
                        "Posta elektronikoa: berrikuntza@tknika.eus.</p>"
                    ),
                ),
                ("heading", {"text": "Helburuak, legitimazioa eta kontserbazioa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ematen dizkiguzun datuak helburu hauetarako baino ez ditugu "
                        "erabiltzen:</p>"
                        "<ul>"
                        "<li>Zure kontsultei eta eskaerei erantzuteko.</li>"
                        "<li>Programetan parte hartzeko eskaerak kudeatzeko.</li>"
                        "<li>Jardunaldien eta prestakuntza-saioen berri emateko, horretarako "
                        "baimena eman baduzu.</li></ul>"
                        "<p>Tratamenduaren legitimazio-oinarria zure baimena eta Tknikari "
                        "esleitutako interes publikoko eginkizunak betetzea dira. Ez diegu "
                        "hirugarrenei daturik lagako, legeak hala eskatzen duenean izan ezik.</p>"
                        "<p>Datuak bildu ziren helburua betetzeko behar den denboran gordeko "
                        "ditugu, eta, ondoren, legeak ezarritako epeetan.</p>"
                    ),
                ),
                ("heading", {"text": "Zure eskubideak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Zure datuak eskuratzeko, zuzentzeko eta ezabatzeko eskubidea duzu, "
                        "baita haien tratamendua mugatzeko, tratamenduaren aurka egiteko eta "
                        "datuen eramangarritasunerako eskubidea ere. Eskubide horiek baliatzeko, "
                        "idatzi berrikuntza@tknika.eus helbidera, eta erantsi zure nortasuna "
                        "egiaztatzen duen agiri baten kopia.</p>"
                        "<p>Zure eskubideak errespetatu ez direla uste baduzu, erreklamazioa "
                        "aurkez dezakezu datuak babesteko agintaritza eskudunaren aurrean.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Política de privacidad",
            "slug": "privacidad",
            "seo_title": "Política de privacidad",
            "search_description": (
                "Cómo tratamos los datos personales recogidos a través de Tknika Hub y cómo puedes "
                "ejercer tus derechos de protección de datos."
            ),
            "image_alt": "",
            "intro": (
                "En esta página explicamos cómo tratamos los datos personales que recogemos a "
                "través de este sitio web."
            ),
            "body": [
                ("heading", {"text": "Responsable del tratamiento", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika – Centro Vasco de Investigación e Innovación Aplicada de la "
                        "Formación Profesional. Dirección: Barrio Zamalbide s/n, 20100 Errenteria "
                        "(Gipuzkoa). Correo electrónico: berrikuntza@tknika.eus.</p>"
                    ),
                ),
                ("heading", {"text": "Finalidades, legitimación y conservación", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Utilizamos los datos que nos facilitas únicamente para estas "
                        "finalidades:</p>"
                        "<ul>"
                        "<li>Responder a tus consultas y solicitudes.</li>"
                        "<li>Gestionar las solicitudes de participación en los programas.</li>"
                        "<li>Informarte sobre jornadas y sesiones de formación, si nos has dado tu "
                        "consentimiento.</li></ul>"
                        "<p>La base jurídica del tratamiento es tu consentimiento y el "
                        "cumplimiento de las funciones de interés público atribuidas a Tknika. No "
                        "cederemos tus datos a terceros, salvo obligación legal.</p>"
                        "<p>Conservaremos los datos durante el tiempo necesario para cumplir la "
                        "finalidad para la que se recogieron y, después, durante los plazos que "
                        "establece la ley.</p>"
                    ),
                ),
                ("heading", {"text": "Tus derechos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tienes derecho a acceder a tus datos, rectificarlos y suprimirlos, así "
                        "como a limitar su tratamiento, oponerte a él y solicitar su portabilidad. "
                        "Para ejercer estos derechos, escribe a berrikuntza@tknika.eus adjuntando "
                        "una copia de un documento que acredite tu identidad.</p>"
                        "<p>Si consideras que no se han respetado tus derechos, puedes presentar "
                        "una reclamación ante la autoridad de protección de datos competente.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Privacy policy",
            "slug": "privacy",
            "seo_title": "Privacy policy",
            "search_description": (
                "How we handle personal data collected through Tknika Hub and how you can exercise "
                "your data protection rights."
            ),
            "image_alt": "",
            "intro": (
                "This page explains how we handle the personal data we collect through this "
                "website."
            ),
            "body": [
                ("heading", {"text": "Data controller", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika – Basque Centre for Research and Applied Innovation in VET. "
                        "Address: Zamalbide auzoa s/n, 20100 Errenteria (Gipuzkoa), Spain. Email: "
                        "berrikuntza@tknika.eus.</p>"
                    ),
                ),
                ("heading", {"text": "Purposes, legal basis and retention", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>We use the data you give us only for the following purposes:</p>"
                        "<ul>"
                        "<li>To answer your questions and requests.</li>"
                        "<li>To manage applications to take part in the programmes.</li>"
                        "<li>To inform you about events and training sessions, if you have given "
                        "your consent.</li></ul>"
                        "<p>The legal basis for processing is your consent and the performance of "
                        "the public-interest tasks assigned to Tknika. We will not share your data "
                        "with third parties unless required by law.</p>"
                        "<p>We keep data for as long as needed to fulfil the purpose for which it "
                        "was collected, and then for the periods required by law.</p>"
                    ),
                ),
                ("heading", {"text": "Your rights", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>You have the right to access, rectify and erase your data, to restrict "
                        "or object to its processing, and to data portability. To exercise these "
                        "rights, write to berrikuntza@tknika.eus and attach a copy of a document "
                        "proving your identity.</p>"
                        "<p>If you believe your rights have not been respected, you can lodge a "
                        "complaint with the competent data protection authority.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "accessibility",
        "type": "StandardPage",
        "parent": "home",
        "image": None,
        "show_in_menus": False,
        "shared": {},
        "eu": {
            "title": "Irisgarritasun-adierazpena",
            "slug": "irisgarritasuna",
            "seo_title": "Irisgarritasun-adierazpena",
            "search_description": (
                "Tknika Hub webgunearen irisgarritasun-adierazpena: WCAG 2.2 AA maila, egungo "
                "egoera eta irisgarritasun-arazoen berri emateko modua."
            ),
            "image_alt": "",
            "intro": (
                "Webgune hau ahalik eta pertsona gehienek erabil dezaten egiten dugu lan, edozein "
                "dela ere haien gaitasuna edo erabiltzen duten gailua."
            ),
            "body": [
                ("heading", {"text": "Gure konpromisoa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknikak konpromisoa hartu du webgune hau irisgarria izan dadin, "
                        "sektore publikoko webguneen eta mugikorretarako aplikazioen "
                        "irisgarritasunari buruzko irailaren 7ko 1112/2018 Errege Dekretuarekin "
                        "bat.</p>"
                        "<p>Gure helburua da Web Content Accessibility Guidelines (WCAG) 2.2 "
                        "jarraibideen AA maila betetzea. Webgunea euskaraz, gaztelaniaz eta "
                        "ingelesez dago eskuragarri.</p>"
                    ),
                ),
                ("heading", {"text": "Egungo egoera", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Webgunea partzialki dator bat WCAG 2.2 jarraibideen AA mailarekin. "
                        "Alderdi hauek hobetzen ari gara:</p>"
                        "<ul>"
                        "<li>PDF formatuko dokumentu zahar batzuk ez dira guztiz irisgarriak.</li>"
                        "<li>Kanpoko plataformetako bideo batzuek ez dute azpititulurik hizkuntza "
                        "guztietan.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Arazoen berri ematea", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Irisgarritasun-arazoren bat aurkitzen baduzu edo edukiren bat beste "
                        "formatu batean behar baduzu, idatzi berrikuntza@tknika.eus helbidera edo "
                        "deitu +34 943 082 900 telefono-zenbakira. Adierazi orriaren helbidea eta "
                        "arazoaren deskribapen labur bat.</p>"
                        "<p>Gehienez ere 20 egun balioduneko epean erantzungo dizugu.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Declaración de accesibilidad",
            "slug": "accesibilidad",
            "seo_title": "Declaración de accesibilidad",
            "search_description": (
                "Declaración de accesibilidad de Tknika Hub: nivel WCAG 2.2 AA, situación actual y "
                "cómo comunicar problemas de accesibilidad."
            ),
            "image_alt": "",
            "intro": (
                "Trabajamos para que este sitio web pueda usarlo el mayor número posible de "
                "personas, independientemente de sus capacidades o del dispositivo que utilicen."
            ),
            "body": [
                ("heading", {"text": "Nuestro compromiso", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika se compromete a hacer accesible este sitio web, de conformidad "
                        "con el Real Decreto 1112/2018, de 7 de septiembre, sobre accesibilidad de "
                        "los sitios web y aplicaciones para dispositivos móviles del sector "
                        "público.</p>"
                        "<p>Nuestro objetivo es cumplir el nivel AA de las Pautas de Accesibilidad "
                        "para el Contenido Web (WCAG) 2.2. El sitio está disponible en euskera, "
                        "castellano e inglés.</p>"
                    ),
                ),
                ("heading", {"text": "Situación actual", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Este sitio web es parcialmente conforme con el nivel AA de las WCAG "
                        "2.2. Estamos mejorando estos aspectos:</p>"
                        "<ul>"
                        "<li>Algunos documentos antiguos en PDF no son totalmente accesibles.</li>"
                        "<li>Algunos vídeos alojados en plataformas externas no tienen subtítulos "
                        "en todos los idiomas.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Comunicar problemas de accesibilidad", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Si encuentras algún problema de accesibilidad o necesitas un contenido "
                        "en otro formato, escribe a berrikuntza@tknika.eus o llama al +34 943 082 "
                        "900. Indica la dirección de la página y una breve descripción del "
                        "problema.</p>"
                        "<p>Te responderemos en un plazo máximo de 20 días hábiles.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility",
            "seo_title": "Accessibility statement",
            "search_description": (
                "Accessibility statement for Tknika Hub: our WCAG 2.2 AA target, current status "
                "and how to report accessibility problems."
            ),
            "image_alt": "",
            "intro": (
                "We work to make this website usable by as many people as possible, whatever their "
                "abilities or the device they use."
            ),
            "body": [
                ("heading", {"text": "Our commitment", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tknika is committed to making this website accessible, in accordance "
                        "with Spanish Royal Decree 1112/2018 of 7 September on the accessibility "
                        "of public-sector websites and mobile applications.</p>"
                        "<p>Our aim is to meet level AA of the Web Content Accessibility "
                        "Guidelines (WCAG) 2.2. The site is available in Basque, Spanish and "
                        "English.</p>"
                    ),
                ),
                ("heading", {"text": "Current status", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>This website is partially compliant with WCAG 2.2 level AA. We are "
                        "working on the following:</p>"
                        "<ul>"
                        "<li>Some older PDF documents are not fully accessible.</li>"
                        "<li>Some videos hosted on external platforms do not have subtitles in "
                        "every language.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Reporting problems", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>If you find an accessibility problem or need content in another "
                        "format, email berrikuntza@tknika.eus or call +34 943 082 900. Please "
                        "include the page address and a short description of the problem.</p>"
                        "<p>We will reply within 20 working days.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "search",
        "type": "SearchPage",
        "parent": "home",
        "show_in_menus": False,
        "shared": {},
        "eu": {
            "title": "Bilatu",
            "slug": "bilatu",
            "search_description": (
                "Bilatu Tknika Hub osoan: albisteak, programak, Urratsbateko enpresak eta "
                "azokako eskaintzak eta eskaerak."
            ),
        },
        "es": {
            "title": "Buscar",
            "slug": "buscar",
            "search_description": (
                "Busca en todo Tknika Hub: noticias, programas, empresas de Urratsbat y "
                "ofertas y demandas del mercado."
            ),
        },
        "en": {
            "title": "Search",
            "slug": "search",
            "search_description": (
                "Search all of Tknika Hub: news, programmes, Urratsbat companies and "
                "marketplace offers and requests."
            ),
        },
    },
]


# Promoted search results: for each page, the query (in each language) whose search shows the
# page, in that language, first.
SEARCH_PROMOTIONS = [
    {"page": "urratsbat", "eu": "urratsbat", "es": "urratsbat", "en": "urratsbat"},
    {"page": "esm", "eu": "esm", "es": "esm", "en": "esm"},
    {"page": "contact", "eu": "harremanak", "es": "contacto", "en": "contact"},
]
