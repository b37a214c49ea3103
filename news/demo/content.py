"""Demo news for seed_demo, written natively in Basque, Spanish and English."""

CATEGORIES = [
    {"key": "tkgune", "slug": "tkgune", "eu": "TKgune", "es": "TKgune", "en": "TKgune"},
    {
        "key": "urratsbat",
        "slug": "urratsbat",
        "eu": "Urratsbat",
        "es": "Urratsbat",
        "en": "Urratsbat",
    },
    {"key": "esm", "slug": "esm", "eu": "ESM", "es": "ESM", "en": "ESM"},
    {
        "key": "community",
        "slug": "community",
        "eu": "Komunitatea",
        "es": "Comunidad",
        "en": "Community",
    },
    {"key": "events", "slug": "events", "eu": "Ekitaldiak", "es": "Eventos", "en": "Events"},
    {
        "key": "innovation",
        "slug": "innovation",
        "eu": "Berrikuntza",
        "es": "Innovación",
        "en": "Innovation",
    },
]


INDEX = {
    "eu": {
        "title": "Albisteak",
        "slug": "albisteak",
        "seo_title": "Albisteak",
        "search_description": (
            "TKgune, Urratsbat, Urratsbat komunitatea eta ESM programen albisteak: ikastetxeen eta "
            "ETEen arteko proiektuak, enpresa berriak eta ekitaldiak."
        ),
        "intro": (
            "<p>Tknikaren Ingurune Estrategikoetan Aplikatutako Berrikuntza Sailaren albisteak: "
            "Lanbide Heziketako ikastetxeen eta ETEen arteko berrikuntza-proiektuak, ikastetxeetan "
            "sortutako enpresa berriak, dinamizatzaileentzako prestakuntza eta Urratsbat "
            "komunitatearen ekitaldiak.</p>"
        ),
    },
    "es": {
        "title": "Noticias",
        "slug": "noticias",
        "seo_title": "Noticias",
        "search_description": (
            "Noticias de TKgune, Urratsbat, la comunidad Urratsbat y ESM: proyectos entre centros "
            "de FP y pymes, nuevas empresas y eventos."
        ),
        "intro": (
            "<p>Noticias del Departamento de Innovación Aplicada en Entornos Estratégicos de "
            "Tknika: proyectos de innovación entre centros de FP y pymes, nuevas empresas creadas "
            "en los centros, formación para personas dinamizadoras y eventos de la comunidad "
            "Urratsbat.</p>"
        ),
    },
    "en": {
        "title": "News",
        "slug": "news",
        "seo_title": "News",
        "search_description": (
            "News from TKgune, Urratsbat, the Urratsbat community and ESM: projects between VET "
            "centres and SMEs, new companies and events."
        ),
        "intro": (
            "<p>News from Tknika's Department of Innovation applied to strategic settings: "
            "innovation projects between VET centres and SMEs, new companies created in the "
            "centres, training for facilitators and Urratsbat community events.</p>"
        ),
    },
}


ARTICLES = [
    {
        "key": "urratsbat-2024-new-companies",
        "date": "2024-12-12",
        "categories": ["urratsbat"],
        "programmes": ["urratsbat"],
        "image": {"colour": "#c2410c", "motif": "steps"},
        "eu": {
            "title": "Urratsbatek 39 enpresa berri sortzen lagundu du 2024an",
            "slug": "urratsbat-39-enpresa-berri-2024",
            "lead": (
                "Programan parte hartzen duten 24 ikastetxeetan 39 enpresa eratu dira aurten, eta "
                "horien erdiak baino gehiago industriarekin eta zerbitzu teknikoekin lotuta daude."
            ),
            "search_description": (
                "2024an 39 enpresa sortu dira Urratsbat programaren bidez, Lanbide Heziketako 24 "
                "ikastetxetan. Ezagutu sektoreak eta urteko datu nagusiak."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila laranjak",
            "tags": ["Urratsbat", "enpresa-sorrera", "2024"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat programaren bidez 39 enpresa berri sortu dira 2024an, "
                        "Euskadiko Lanbide Heziketako 24 ikastetxetan. Guztira 68 ekintzailek eman "
                        "dute urratsa: gehienak ikasle ohiak dira, eta batzuk azken ikasturtea "
                        "egiten ari diren ikasleak. Ekintzaileen batez besteko adina 27 urtekoa "
                        "da, eta hiru enpresatik batean emakume bat dago zuzendaritzan.</p>"
                        "<p>Sektoreei dagokienez, enpresa berrien erdiak baino gehiago "
                        "industriarekin eta zerbitzu teknikoekin lotuta daude: mekanizazioa, "
                        "mantentze-lanak, instalazio elektrikoak eta automatizazioa, besteak "
                        "beste. Elikadurak, diseinuak, turismoak eta pertsonentzako zerbitzuek ere "
                        "badute lekua aurtengo zerrendan. Enpresa gehienak txikiak dira, bizpahiru "
                        "bazkiderekin, eta lehen bezeroak inguruko enpresen artean aurkitu "
                        "dituzte.</p>"
                    ),
                ),
                ("heading", {"text": "Ikastetxea, lehen urratsak emateko gune", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Enpresa gehienek ikastetxean bertan eman dituzte lehen urratsak, "
                        "programak eskaintzen dituen baliabideei esker:</p>"
                        "<ul>"
                        "<li><strong>Aholkularitza:</strong> ekintzailetza-arduradunaren laguntza, "
                        "negozio-eredua, bideragarritasun-plana eta izapideak lantzeko.</li>"
                        "<li><strong>Bulego hornituak:</strong> lanpostua eta bilera-gelak, "
                        "enpresa eratu eta jarduera finkatu bitartean.</li>"
                        "<li><strong>Tailerrak:</strong> prototipoak egiteko eta lehen ekoizpenak "
                        "probatzeko makinak eta ekipamenduak.</li></ul>"
                        "<p>Horrez gain, ekintzaileek ikastetxeko irakasleen ezagutza teknikoa "
                        "izan dute eskura, eta kasu askotan irakasleek berek lagundu diete lehen "
                        "bezeroekin harremanetan jartzen.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ikasle izatetik enpresa bateko arduradun izatera jauzi handia dago. "
                            "Ikastetxean jarraitzeak akatsak garaiz zuzentzeko aukera ematen die, "
                            "eta zalantzak sortzen direnean beti dute norbait ondoan."
                        ),
                        "attribution": "Jon Arregi",
                        "role": "Urratsbat programaren koordinatzailea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Urteko datuak programaren hurrengo fasea prestatzeko erabiliko dira. "
                        "2025ean arreta berezia jarriko zaie sortu osteko lehen bi urteei, "
                        "enpresek jarduera sendotu dezaten eta hasieratik bertatik Urratsbat "
                        "komunitatearekin harremana izan dezaten. Gainera, udaberrian topaketa bat "
                        "egingo da ikastetxeen artean, esperientziak partekatzeko eta "
                        "elkarrengandik ikasteko. Ikastetxeek ere beren balorazioa egingo dute: "
                        "zer funtzionatu duen ondo eta non egin behar den hobetu, datozen "
                        "ikasturteetan ekintzaile gehiagori laguntzeko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Urratsbat impulsa la creación de 39 nuevas empresas en centros de FP en 2024",
            "slug": "urratsbat-39-nuevas-empresas-2024",
            "lead": (
                "En los 24 centros que participan en el programa se han constituido este año 39 "
                "empresas, y más de la mitad están ligadas a la industria y a los servicios "
                "técnicos."
            ),
            "search_description": (
                "En 2024 se han creado 39 empresas a través de Urratsbat en 24 centros de FP. "
                "Conoce los sectores y los principales datos del año."
            ),
            "image_alt": "Ilustración abstracta: peldaños naranjas ascendentes",
            "tags": ["Urratsbat", "creación de empresas", "2024"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El programa Urratsbat ha impulsado la creación de 39 nuevas empresas "
                        "en 2024 en 24 centros de FP de Euskadi. En total, 68 personas "
                        "emprendedoras han dado el paso: la mayoría son antiguos alumnos y "
                        "alumnas, y algunas todavía cursan su último año. La media de edad es de "
                        "27 años, y una de cada tres empresas tiene a una mujer al frente.</p>"
                        "<p>Por sectores, más de la mitad de las nuevas empresas están ligadas a "
                        "la industria y a los servicios técnicos: mecanizado, mantenimiento, "
                        "instalaciones eléctricas y automatización, entre otros. La alimentación, "
                        "el diseño, el turismo y los servicios a las personas también tienen su "
                        "hueco en la lista de este año. La mayoría son empresas pequeñas, con dos "
                        "o tres socios, que han encontrado sus primeros clientes entre las "
                        "empresas de su entorno.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "El centro, un lugar para dar los primeros pasos", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>La mayoría de las empresas han dado sus primeros pasos en el propio "
                        "centro, gracias a los recursos que ofrece el programa:</p>"
                        "<ul>"
                        "<li><strong>Asesoramiento:</strong> acompañamiento de la persona "
                        "responsable de emprendimiento para trabajar el modelo de negocio, el plan "
                        "de viabilidad y los trámites.</li>"
                        "<li><strong>Oficinas equipadas:</strong> puesto de trabajo y salas de "
                        "reuniones mientras la empresa se constituye y consolida su actividad.</li>"
                        "<li><strong>Talleres:</strong> máquinas y equipos para fabricar "
                        "prototipos y probar las primeras producciones.</li></ul>"
                        "<p>Además, las personas emprendedoras han contado con el conocimiento "
                        "técnico del profesorado, que en muchos casos les ha ayudado a contactar "
                        "con sus primeros clientes.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Pasar de estudiante a dirigir una empresa es un gran salto. Seguir en "
                            "el centro les permite corregir errores a tiempo y tener siempre a "
                            "alguien cerca cuando surgen las dudas."
                        ),
                        "attribution": "Jon Arregi",
                        "role": "Coordinador del programa Urratsbat",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Los datos del año servirán para preparar la siguiente fase del "
                        "programa. En 2025 se prestará especial atención a los dos primeros años "
                        "tras la constitución, para que las empresas consoliden su actividad y se "
                        "relacionen desde el principio con la comunidad Urratsbat. Además, en "
                        "primavera se celebrará un encuentro entre centros para compartir "
                        "experiencias y aprender unos de otros. Los centros también harán su "
                        "propia valoración: qué ha funcionado bien y dónde hay que mejorar para "
                        "acompañar a más personas emprendedoras en los próximos cursos.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Urratsbat helps launch 39 new companies in VET centres in 2024",
            "slug": "urratsbat-39-new-companies-2024",
            "lead": (
                "Thirty-nine companies were set up this year in the 24 centres taking part in the "
                "programme, more than half of them in industry and technical services."
            ),
            "search_description": (
                "39 companies were created through Urratsbat in 24 Basque VET centres in 2024. A "
                "look at the sectors and the key figures for the year."
            ),
            "image_alt": "Abstract illustration: orange steps rising upwards",
            "tags": ["Urratsbat", "business creation", "2024"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat programme helped launch 39 new companies in 2024 across "
                        "24 VET centres in the Basque Country. In total, 68 entrepreneurs took the "
                        "plunge: most are former students, and a few are still in their final "
                        "year. Their average age is 27, and one in three of the companies is led "
                        "by a woman.</p>"
                        "<p>By sector, more than half of the new companies work in industry and "
                        "technical services, including machining, maintenance, electrical "
                        "installations and automation. Food, design, tourism and personal services "
                        "also feature on this year's list. Most are small firms with two or three "
                        "partners, and they have found their first customers among local "
                        "businesses.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "The centre as a place to take the first steps", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Most of the companies took their first steps inside the centre itself, "
                        "drawing on the resources the programme provides:</p>"
                        "<ul>"
                        "<li><strong>Advice:</strong> support from the centre's entrepreneurship "
                        "coordinator on the business model, the feasibility plan and the "
                        "paperwork.</li>"
                        "<li><strong>Equipped offices:</strong> a desk and meeting rooms while the "
                        "company is set up and finds its feet.</li>"
                        "<li><strong>Workshops:</strong> machines and equipment to build "
                        "prototypes and test the first production runs.</li></ul>"
                        "<p>Entrepreneurs have also been able to draw on teachers' technical "
                        "expertise, and in many cases teachers helped them get in touch with their "
                        "first customers.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Going from student to running a company is a big leap. Staying at the "
                            "centre lets them fix mistakes early, and there is always someone "
                            "close by when questions come up."
                        ),
                        "attribution": "Jon Arregi",
                        "role": "Urratsbat programme coordinator",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The year's figures will feed into planning for the next phase of the "
                        "programme. In 2025, particular attention will go to the first two years "
                        "after a company is set up, so that firms can consolidate their business "
                        "and connect with the Urratsbat community from the start. In the spring, "
                        "centres will also meet to share their experience and learn from one "
                        "another. Centres will also review what has worked well and where there is "
                        "room to improve, so that they can support more entrepreneurs in the years "
                        "ahead.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-call-2025",
        "date": "2025-01-22",
        "categories": ["tkgune"],
        "programmes": ["tkgune"],
        "image": {"colour": "#00796b", "motif": "network"},
        "eu": {
            "title": "TKgune 2025: irekita dago ikastetxeen eta ETEen arteko proiektuen deialdia",
            "slug": "tkgune-2025-deialdia-irekita",
            "lead": (
                "Lanbide Heziketako ikastetxeek martxoaren 21era arte aurkez ditzakete ETEekin "
                "batera garatu nahi dituzten berrikuntza-proiektuak."
            ),
            "search_description": (
                "TKgune 2025 deialdia irekita dago: Lanbide Heziketako ikastetxeek eta ETEek "
                "martxoaren 21era arte aurkez ditzakete berrikuntza-proiektuak."
            ),
            "image_alt": "Ilustrazio abstraktua: lotutako puntu berde urdinxken sarea",
            "tags": ["TKgune", "deialdia", "ETEak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>TKgune programaren 2025eko deialdia zabalik dago. Lanbide Heziketako "
                        "ikastetxeek martxoaren 21era arte aurkez ditzakete eskualdeko ETEekin "
                        "batera garatu nahi dituzten berrikuntza-proiektuak. Aurten ere, ingurune "
                        "estrategikoetako erronkei lehentasuna emango zaie: fabrikazio aurreratua, "
                        "energia, elikadura eta digitalizazioa. Iazko deialdian 84 proiektu onartu "
                        "ziren 31 ikastetxetan, gehienak 50 langiletik beherako enpresekin.</p>"
                        "<p>Proiektuek enpresa baten benetako behar bati erantzun behar diote, eta "
                        "ezagutza bi norabidetan igarotzea bermatu behar dute: ikastetxeak bere "
                        "gaitasun teknikoak jartzen ditu enpresaren zerbitzura, eta enpresak, bere "
                        "aldetik, industriako egungo arazoak eta lan egiteko moduak eramaten ditu "
                        "ikasgelara. Ikasleek ere parte hartzen dute proiektuetan, irakasleen "
                        "gidaritzapean, eta horrela benetako enpresen arazoekin lan egiteko aukera "
                        "dute.</p>"
                    ),
                ),
                ("heading", {"text": "Nola aurkeztu proiektu bat", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Proposamenak ikastetxeek aurkezten dituzte, enpresarekin adostu "
                        "ondoren. Eskaerak hiru atal hauek izan behar ditu:</p>"
                        "<ul>"
                        "<li><strong>Erronka:</strong> enpresaren arazoa edo aukera, eta lortu "
                        "nahi den emaitza.</li>"
                        "<li><strong>Lan-plana:</strong> faseak, egutegia eta parte hartuko duten "
                        "irakasle eta ikasleak.</li>"
                        "<li><strong>Transferentzia:</strong> nola iritsiko diren ikasitakoak "
                        "enpresara eta ikastetxeko irakaskuntzara.</li></ul>"
                        "<p>Proiektu gehienek hiru eta bederatzi hilabete artean irauten dute. "
                        "Proposamenak apirilean ebatziko dira, eta lanak maiatzetik aurrera has "
                        "daitezke.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ez dugu proiektu handirik eskatzen, proiektu zehatzak baizik. ETE "
                            "batek bere prozesuan zerbait hobetzeko behar duena da askotan "
                            "ikastetxe batek ondoen eskain dezakeena."
                        ),
                        "attribution": "Miren Etxeberria",
                        "role": "TKgune programaren koordinatzailea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>TKguneko lantaldeak, sei ikastetxetako kideek osatuak, laguntza emango "
                        "die proiektua lehen aldiz aurkeztuko duten ikastetxeei. Talde horrek "
                        "ideia zehazten, enpresarekiko harremana antolatzen eta proiektuaren "
                        "jarraipena egiten laguntzen du. Zalantzarik izanez gero, ikastetxeek "
                        "programaren helbide elektronikora idatz dezakete. Deialdiaren oinarriak "
                        "eta eskaera-orria programaren atalean daude eskuragarri, euskaraz eta "
                        "gaztelaniaz.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "TKgune 2025: abierta la convocatoria de proyectos entre centros de FP y pymes"
            ),
            "slug": "tkgune-2025-convocatoria-abierta",
            "lead": (
                "Los centros de FP pueden presentar hasta el 21 de marzo los proyectos de "
                "innovación que quieren desarrollar junto a pymes de su entorno."
            ),
            "search_description": (
                "Abierta la convocatoria TKgune 2025: los centros de FP y las pymes pueden "
                "presentar proyectos de innovación hasta el 21 de marzo."
            ),
            "image_alt": "Ilustración abstracta: red de puntos verde azulado conectados",
            "tags": ["TKgune", "convocatoria", "pymes"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ya está abierta la convocatoria 2025 del programa TKgune. Los centros "
                        "de FP pueden presentar hasta el 21 de marzo los proyectos de innovación "
                        "que quieren desarrollar junto a pymes de su comarca. Este año se dará de "
                        "nuevo prioridad a los retos de los entornos estratégicos: fabricación "
                        "avanzada, energía, alimentación y digitalización. En la convocatoria del "
                        "año pasado se aprobaron 84 proyectos en 31 centros, la mayoría con "
                        "empresas de menos de 50 personas en plantilla.</p>"
                        "<p>Los proyectos deben responder a una necesidad real de una empresa y "
                        "garantizar que el conocimiento circule en ambas direcciones: el centro "
                        "pone sus capacidades técnicas al servicio de la empresa y esta, a su vez, "
                        "lleva al aula los problemas actuales de la industria y sus formas de "
                        "trabajar. El alumnado también participa en los proyectos, guiado por el "
                        "profesorado, y tiene así la oportunidad de trabajar con problemas de "
                        "empresas reales.</p>"
                    ),
                ),
                ("heading", {"text": "Cómo presentar un proyecto", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Las propuestas las presentan los centros, una vez acordadas con la "
                        "empresa. La solicitud debe incluir tres apartados:</p>"
                        "<ul>"
                        "<li><strong>Reto:</strong> el problema u oportunidad de la empresa y el "
                        "resultado que se busca.</li>"
                        "<li><strong>Plan de trabajo:</strong> fases, calendario y profesorado y "
                        "alumnado participantes.</li>"
                        "<li><strong>Transferencia:</strong> cómo llegará lo aprendido a la "
                        "empresa y a la docencia del centro.</li></ul>"
                        "<p>La mayoría de los proyectos duran entre tres y nueve meses. Las "
                        "propuestas se resolverán en abril y los trabajos podrán comenzar a partir "
                        "de mayo.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "No pedimos grandes proyectos, sino proyectos concretos. Muchas veces, "
                            "lo que una pyme necesita para mejorar su proceso es justo lo que "
                            "mejor puede ofrecer un centro de FP."
                        ),
                        "attribution": "Miren Etxeberria",
                        "role": "Coordinadora del programa TKgune",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>El grupo de trabajo de TKgune, formado por personas de seis centros, "
                        "apoyará a los centros que presenten un proyecto por primera vez. Este "
                        "equipo ayuda a concretar la idea, organizar la relación con la empresa y "
                        "hacer el seguimiento del proyecto. Para cualquier duda, los centros "
                        "pueden escribir a la dirección de correo del programa. Las bases de la "
                        "convocatoria y el formulario de solicitud están disponibles en la sección "
                        "del programa, en euskera y castellano.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "TKgune 2025: call for projects between VET centres and SMEs now open",
            "slug": "tkgune-2025-call-for-projects-open",
            "lead": (
                "VET centres have until 21 March to submit the innovation projects they want to "
                "carry out with SMEs in their area."
            ),
            "search_description": (
                "The TKgune 2025 call is open: VET centres and SMEs can submit innovation projects "
                "until 21 March. How to apply and what is expected."
            ),
            "image_alt": "Abstract illustration: a network of connected teal dots",
            "tags": ["TKgune", "call for projects", "SMEs"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The 2025 call for the TKgune programme is now open. VET centres have "
                        "until 21 March to submit the innovation projects they want to carry out "
                        "with SMEs in their area. Once again, priority will go to challenges in "
                        "strategic settings: advanced manufacturing, energy, food and "
                        "digitalisation. Last year's call approved 84 projects in 31 centres, most "
                        "of them with companies employing fewer than 50 people.</p>"
                        "<p>Projects must address a genuine need within a company and ensure that "
                        "knowledge flows both ways: the centre puts its technical capabilities at "
                        "the company's service, and the company in turn brings today's industrial "
                        "problems and ways of working into the classroom. Students also take part "
                        "in the projects under their teachers' guidance, giving them the chance to "
                        "work on real companies' problems.</p>"
                    ),
                ),
                ("heading", {"text": "How to submit a project", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Proposals are submitted by the centres once they have been agreed with "
                        "the company. Each application must cover three points:</p>"
                        "<ul>"
                        "<li><strong>Challenge:</strong> the company's problem or opportunity, and "
                        "the result it is looking for.</li>"
                        "<li><strong>Work plan:</strong> phases, timeline and the teachers and "
                        "students involved.</li>"
                        "<li><strong>Transfer:</strong> how the lessons learned will reach the "
                        "company and the centre's teaching.</li></ul>"
                        "<p>Most projects last between three and nine months. Decisions will be "
                        "made in April, and work can begin from May onwards.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We are not asking for big projects, just concrete ones. Very often, "
                            "what an SME needs to improve its process is exactly what a VET centre "
                            "is best placed to offer."
                        ),
                        "attribution": "Miren Etxeberria",
                        "role": "TKgune programme coordinator",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The TKgune working group, made up of people from six VET centres, will "
                        "support centres submitting a project for the first time. The group helps "
                        "to shape the idea, organise the relationship with the company and monitor "
                        "progress. Centres with any questions can write to the programme's email "
                        "address. The call guidelines and the application form are available in "
                        "Basque and Spanish on the programme page.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-training-course-2025",
        "date": "2025-02-18",
        "categories": ["esm"],
        "programmes": ["esm"],
        "image": {"colour": "#1d4ed8", "motif": "grid"},
        "eu": {
            "title": "ESM prestakuntzaren edizio berria: 26 dinamizatzaile, 17 ikastetxetatik",
            "slug": "esm-prestakuntza-edizio-berria-2025",
            "lead": (
                "Ekintzaileei laguntzen dieten dinamizatzaileentzako ibilbideak lau modulu "
                "praktiko eta 40 prestakuntza-ordu ditu, eta ekainera arte luzatuko da."
            ),
            "search_description": (
                "ESM prestakuntzaren edizio berria hasi da Tknikan: Lanbide Heziketako 17 "
                "ikastetxetako 26 dinamizatzaile, lau modulu eta 40 ordu."
            ),
            "image_alt": "Ilustrazio abstraktua: lauki urdinen sareta",
            "tags": ["ESM", "prestakuntza", "dinamizatzaileak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>ESM (Entrepreneur Support Methodology) prestakuntzaren edizio berria "
                        "abian da. Lanbide Heziketako 17 ikastetxetako 26 dinamizatzaile bildu "
                        "ziren otsailaren 18an Tknikaren Errenteriako egoitzan, lehen saioan. "
                        "Gehienak irakasleak dira, eta urte honetan hasi dira beren ikastetxeko "
                        "ekintzaileei laguntzen. Aurtengo taldea anitza da: industria-arloetako "
                        "irakasleak daude, baina baita administrazio, merkataritza, ostalaritza "
                        "eta irudi pertsonaleko arloetakoak ere.</p>"
                        "<p>Ibilbideak 40 prestakuntza-ordu ditu, lau modulu praktikotan banatuta, "
                        "eta ekainera arte luzatuko da. Saio presentzialak eta ikastetxean bertan "
                        "egiteko lanak txandakatzen dira, parte-hartzaileek ikasitakoa berehala "
                        "aplika dezaten beren ekintzaileekin. Saioak bi prestatzailek eta "
                        "Urratsbaten esperientzia luzea duten bi dinamizatzailek gidatzen "
                        "dituzte.</p>"
                    ),
                ),
                ("heading", {"text": "Lau modulu, ekintzailearen bidearen arabera", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Moduluek ekintzaile batek egiten duen bidea jarraitzen dute, ideiatik "
                        "enpresa martxan jarri arte:</p>"
                        "<ul>"
                        "<li><strong>Ideia aztertzea:</strong> arazoa eta bezeroa identifikatzea, "
                        "eta lehen hipotesiak egiaztatzea.</li>"
                        "<li><strong>Negozio-eredua:</strong> balio-proposamena, diru-sarrerak eta "
                        "kostuak modu sinplean lantzea.</li>"
                        "<li><strong>Bideragarritasuna:</strong> finantza-plana, "
                        "finantzaketa-iturriak eta enpresa eratzeko izapideak.</li>"
                        "<li><strong>Jarraipena:</strong> elkarrizketa-teknikak eta ekintzaileekin "
                        "lan egiteko tresnak.</li></ul>"
                        "<p>Modulu bakoitzaren amaieran, parte-hartzaileek kasu erreal bat "
                        "aurkeztu behar dute, taldean aztertzeko. Kasuak ikastetxeetako benetako "
                        "proiektuetatik datoz, eta ekintzaileen baimenarekin erabiltzen dira.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Dinamizatzaileak ez du ekintzailearen ordez erabakitzen. Galdera "
                            "egokiak egiten ditu, eta erabakiak hartzeko informazioa lortzen "
                            "laguntzen dio. Hori ikasten eta praktikatzen dugu ESMn."
                        ),
                        "attribution": "Xabier Olano",
                        "role": "ESM prestakuntzaren arduraduna",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Prestakuntza amaitzean, parte-hartzaileek ESM dinamizatzaileen sarean "
                        "jarraituko dute. Sare horretan materialak partekatzen dira, eta urtean "
                        "bitan topaketak egiten dira esperientziak trukatzeko. Orain arte 250 "
                        "dinamizatzaile baino gehiagok egin dute ibilbidea. Gainera, "
                        "dinamizatzaile berriek esperientzia handiagoko lankide baten laguntza "
                        "izango dute beren ikastetxean lehen ikasturtean, mentore gisa.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Nueva edición de la formación ESM: 26 personas dinamizadoras de 17 centros",
            "slug": "formacion-esm-nueva-edicion-2025",
            "lead": (
                "El itinerario para las personas dinamizadoras que acompañan a quienes emprenden "
                "tiene cuatro módulos prácticos y 40 horas de formación, y se prolongará hasta "
                "junio."
            ),
            "search_description": (
                "Arranca en Tknika una nueva edición de la formación ESM: 26 personas "
                "dinamizadoras de 17 centros de FP, cuatro módulos y 40 horas."
            ),
            "image_alt": "Ilustración abstracta: cuadrícula de cuadrados azules",
            "tags": ["ESM", "formación", "personas dinamizadoras"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Arranca una nueva edición de la formación ESM (Entrepreneur Support "
                        "Methodology). El 18 de febrero, 26 personas dinamizadoras de 17 centros "
                        "de FP se reunieron en la sede de Tknika en Errenteria para la primera "
                        "sesión. La mayoría son docentes que este curso han empezado a acompañar a "
                        "las personas emprendedoras de su centro. El grupo de este año es diverso: "
                        "hay docentes de familias industriales, pero también de administración, "
                        "comercio, hostelería e imagen personal.</p>"
                        "<p>El itinerario suma 40 horas de formación, repartidas en cuatro módulos "
                        "prácticos, y se prolongará hasta junio. Se alternan sesiones presenciales "
                        "y tareas para realizar en el propio centro, de modo que las personas "
                        "participantes puedan aplicar enseguida lo aprendido con sus "
                        "emprendedores. Las sesiones las imparten dos formadores y dos personas "
                        "dinamizadoras con larga experiencia en Urratsbat.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cuatro módulos que siguen el camino de quien emprende",
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Los módulos siguen el recorrido de una persona emprendedora, desde la "
                        "idea hasta la puesta en marcha de la empresa:</p>"
                        "<ul>"
                        "<li><strong>Análisis de la idea:</strong> identificar el problema y el "
                        "cliente, y validar las primeras hipótesis.</li>"
                        "<li><strong>Modelo de negocio:</strong> trabajar de forma sencilla la "
                        "propuesta de valor, los ingresos y los costes.</li>"
                        "<li><strong>Viabilidad:</strong> plan financiero, fuentes de financiación "
                        "y trámites de constitución.</li>"
                        "<li><strong>Acompañamiento:</strong> técnicas de entrevista y "
                        "herramientas para trabajar con las personas emprendedoras.</li></ul>"
                        "<p>Al final de cada módulo, las personas participantes presentan un caso "
                        "real para analizarlo en grupo. Los casos proceden de proyectos reales de "
                        "los centros y se utilizan con el permiso de las personas "
                        "emprendedoras.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Quien dinamiza no decide por la persona emprendedora. Hace las "
                            "preguntas adecuadas y le ayuda a conseguir la información que "
                            "necesita para decidir. Eso es lo que aprendemos y practicamos en ESM."
                        ),
                        "attribution": "Xabier Olano",
                        "role": "Responsable de la formación ESM",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Al terminar la formación, las personas participantes se incorporarán a "
                        "la red de dinamizadores ESM, donde se comparten materiales y se celebran "
                        "dos encuentros al año para intercambiar experiencias. Hasta la fecha, más "
                        "de 250 personas dinamizadoras han completado el itinerario. Además, "
                        "durante su primer curso, las nuevas personas dinamizadoras contarán en su "
                        "centro con el apoyo de una compañera o compañero con más experiencia, que "
                        "hará de mentor.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "New edition of ESM training: 26 facilitators from 17 VET centres",
            "slug": "esm-training-new-edition-2025",
            "lead": (
                "The course for facilitators who support entrepreneurs has four practical modules "
                "and 40 hours of training, and will run until June."
            ),
            "search_description": (
                "A new edition of ESM training begins at Tknika: 26 facilitators from 17 VET "
                "centres, four practical modules and 40 hours of training."
            ),
            "image_alt": "Abstract illustration: a grid of blue squares",
            "tags": ["ESM", "training", "facilitators"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A new edition of ESM (Entrepreneur Support Methodology) training is "
                        "under way. On 18 February, 26 facilitators from 17 VET centres met at "
                        "Tknika's premises in Errenteria for the first session. Most are teachers "
                        "who started supporting entrepreneurs at their centre this academic year. "
                        "This year's group is varied: alongside teachers from industrial fields, "
                        "there are others from administration, retail, hospitality, and "
                        "hairdressing and beauty.</p>"
                        "<p>The course comprises 40 hours of training, divided into four practical "
                        "modules, and will run until June. Face-to-face sessions alternate with "
                        "assignments carried out at the participants' own centres, so that they "
                        "can immediately apply what they learn with the entrepreneurs they "
                        "support. Sessions are led by two trainers and two facilitators with long "
                        "experience in Urratsbat.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Four modules that follow the entrepreneur's journey", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>The modules follow the path an entrepreneur takes, from the first idea "
                        "to getting the company up and running:</p>"
                        "<ul>"
                        "<li><strong>Exploring the idea:</strong> identifying the problem and the "
                        "customer, and testing the first assumptions.</li>"
                        "<li><strong>Business model:</strong> working on the value proposition, "
                        "revenue and costs in a simple way.</li>"
                        "<li><strong>Feasibility:</strong> the financial plan, sources of funding "
                        "and the steps to incorporate a company.</li>"
                        "<li><strong>Support in practice:</strong> interviewing techniques and "
                        "tools for working with entrepreneurs.</li></ul>"
                        "<p>At the end of each module, participants present a real case for the "
                        "group to discuss. The cases come from real projects at the centres and "
                        "are used with the entrepreneurs' permission.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "A facilitator doesn't make decisions for the entrepreneur. They ask "
                            "the right questions and help them get the information they need to "
                            "decide. That is what we learn and practise in ESM."
                        ),
                        "attribution": "Xabier Olano",
                        "role": "ESM training lead",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Once the course is over, participants will join the ESM facilitators' "
                        "network, where materials are shared and two meetings a year are held to "
                        "exchange experiences. So far, more than 250 facilitators have completed "
                        "the course. In addition, during their first year new facilitators will be "
                        "paired with a more experienced colleague at their centre who will act as "
                        "a mentor.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-robotics-miguel-altuna",
        "date": "2025-03-14",
        "categories": ["tkgune", "innovation"],
        "programmes": ["tkgune"],
        "image": {"colour": "#0b6e4f", "motif": "network"},
        "eu": {
            "title": (
                "Robot kolaboratibo bat mekanizazio-tailer txiki batean, Miguel Altuna LHIIren "
                "eskutik"
            ),
            "slug": "robot-kolaboratiboa-miguel-altuna-tkgune",
            "lead": (
                "Bergarako ikastetxeak eta Deba Mekanizatuak enpresak robot-gune bat diseinatu "
                "dute tornu bat piezaz hornitzeko, sorta txikietan ere errentagarria izan dadin."
            ),
            "search_description": (
                "Miguel Altuna LHIIk eta Deba Mekanizatuak ETEak robot kolaboratibo bat jarri dute "
                "martxan tornu bat hornitzeko, TKgune programaren barruan."
            ),
            "image_alt": "Ilustrazio abstraktua: lotutako puntu berde ilunen sarea",
            "tags": ["robotika", "Bergara", "mekanizazioa"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Deba Mekanizatuak Bergarako mekanizazio-tailer bat da, hamabi "
                        "langilekoa, eta automobilgintzarako eta makina-erremintarako piezak "
                        "egiten ditu. Sorta txikiekin lan egiten du, eta horrek zaildu egiten zuen "
                        "automatizazioa: egunero hainbat aldiz aldatzen dira piezak, eta robot "
                        "tradizional bat programatzeko behar den denbora ez zen errentagarria.</p>"
                        "<p>Erronka horri erantzuteko, enpresak eta Miguel Altuna LHIIk TKgune "
                        "proiektu bat abiatu zuten iazko udazkenean. Ikastetxeko mekatronikako "
                        "irakasleek eta bi ikaslek robot kolaboratibo bat duen gune bat diseinatu "
                        "dute, zenbakizko kontroleko tornu bat piezaz hornitu eta husteko. Gunea "
                        "ikastetxeko tailerrean muntatu eta probatu zen lehenik, eta otsailean "
                        "eraman zen enpresara.</p>"
                    ),
                ),
                ("heading", {"text": "Piezaz aldatzea, hamar minututan", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Proiektuaren gakoa ez da robota bera izan, piezaz aldatzeko prozesua "
                        "baizik. Taldeak hiru ekarpen nagusi egin ditu:</p>"
                        "<ul>"
                        "<li><strong>Atzemaile moldagarriak:</strong> 3D inprimagailuz egindako "
                        "hatzak, pieza-familia bakoitzerako bat, minutu gutxian aldatzeko "
                        "modukoak.</li>"
                        "<li><strong>Programa-txantiloiak:</strong> operadoreak pantailan neurri "
                        "batzuk sartuta sortzen du robotaren programa berria.</li>"
                        "<li><strong>Segurtasuna:</strong> arrisku-ebaluazioa eta "
                        "eremu-sentsoreak, robotak langileen ondoan lan egin dezan.</li></ul>"
                        "<p>Lehen hilabeteko datuen arabera, piezaz aldatzeko denbora ordubete "
                        "ingurutik hamar minutura jaitsi da, eta tornuak gaueko txandan ere lan "
                        "egiten du, inor ondoan egon gabe.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Urteak generamatzan automatizatu nahian, baina beti esaten ziguten "
                            "gure sortetarako ez zela merezi. Ikastetxearekin batera ikusi dugu, "
                            "ordea, badagoela bidea, eta gure langileek ere ikasi dute robota "
                            "programatzen."
                        ),
                        "attribution": "Gorka Elorza",
                        "role": "Deba Mekanizatuak enpresako zuzendaria",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Ikastetxeari dagokionez, proiektuak material berria eman dio "
                        "mekatronika-zikloari. Robot-gunearen bigarren ale bat geratu da "
                        "tailerrean, eta ikasleek hura erabiltzen dute ikasturte honetan "
                        "programazioa eta segurtasuna lantzeko. Ane Zubizarreta irakaslearen "
                        "ustez, «ikasleek ikusten dute ikasgelan egiten dutena benetako enpresa "
                        "batean ari dela lanean». Enpresak eta ikastetxeak bigarren proiektu bat "
                        "aztertzen dute dagoeneko, piezen kontrol dimentsional automatikoa "
                        "gehitzeko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Un robot colaborativo en un pequeño taller de mecanizado, de la mano de Miguel "
                "Altuna LHII"
            ),
            "slug": "robot-colaborativo-miguel-altuna-tkgune",
            "lead": (
                "El centro de Bergara y la empresa Deba Mekanizatuak han diseñado una célula "
                "robotizada para alimentar un torno que resulta rentable incluso con lotes "
                "pequeños."
            ),
            "search_description": (
                "Miguel Altuna LHII y la pyme Deba Mekanizatuak ponen en marcha un robot "
                "colaborativo para alimentar un torno, dentro del programa TKgune."
            ),
            "image_alt": "Ilustración abstracta: red de puntos verde oscuro conectados",
            "tags": ["robótica", "Bergara", "mecanizado"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Deba Mekanizatuak es un taller de mecanizado de Bergara con doce "
                        "personas en plantilla que fabrica piezas para automoción y "
                        "máquina-herramienta. Trabaja con lotes pequeños, lo que complicaba la "
                        "automatización: las referencias cambian varias veces al día y el tiempo "
                        "necesario para programar un robot convencional no compensaba.</p>"
                        "<p>Para responder a ese reto, la empresa y Miguel Altuna LHII pusieron en "
                        "marcha un proyecto TKgune el pasado otoño. Profesorado de mecatrónica del "
                        "centro y dos estudiantes han diseñado una célula con un robot "
                        "colaborativo para cargar y descargar un torno de control numérico. La "
                        "célula se montó y probó primero en el taller del centro, y en febrero se "
                        "trasladó a la empresa.</p>"
                    ),
                ),
                ("heading", {"text": "Cambio de referencia en diez minutos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La clave del proyecto no ha sido el robot en sí, sino el proceso de "
                        "cambio de referencia. El equipo ha hecho tres aportaciones "
                        "principales:</p>"
                        "<ul>"
                        "<li><strong>Garras adaptables:</strong> dedos impresos en 3D, uno por "
                        "familia de piezas, que se cambian en pocos minutos.</li>"
                        "<li><strong>Plantillas de programa:</strong> la persona operaria genera "
                        "el nuevo programa del robot introduciendo unas pocas medidas en "
                        "pantalla.</li>"
                        "<li><strong>Seguridad:</strong> evaluación de riesgos y sensores de área "
                        "para que el robot trabaje junto a la plantilla.</li></ul>"
                        "<p>Según los datos del primer mes, el tiempo de cambio de referencia ha "
                        "bajado de cerca de una hora a diez minutos, y el torno trabaja también en "
                        "el turno de noche sin nadie a su lado.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Llevábamos años queriendo automatizar, pero siempre nos decían que "
                            "para nuestros lotes no merecía la pena. Con el centro hemos visto que "
                            "sí hay un camino, y nuestra gente también ha aprendido a programar el "
                            "robot."
                        ),
                        "attribution": "Gorka Elorza",
                        "role": "Director de Deba Mekanizatuak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Para el centro, el proyecto ha aportado material nuevo al ciclo de "
                        "mecatrónica. En el taller se ha quedado una segunda unidad de la célula, "
                        "que el alumnado utiliza este curso para trabajar la programación y la "
                        "seguridad. Como resume la profesora Ane Zubizarreta, «el alumnado ve que "
                        "lo que hace en clase está funcionando en una empresa de verdad». La "
                        "empresa y el centro ya estudian un segundo proyecto para añadir el "
                        "control dimensional automático de las piezas.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "A collaborative robot in a small machine shop, with Miguel Altuna LHII",
            "slug": "collaborative-robot-miguel-altuna-tkgune",
            "lead": (
                "The Bergara VET centre and Deba Mekanizatuak have designed a robot cell to load a "
                "lathe that pays off even with small batches."
            ),
            "search_description": (
                "Miguel Altuna LHII and the SME Deba Mekanizatuak have set up a collaborative "
                "robot to load a lathe, as part of the TKgune programme."
            ),
            "image_alt": "Abstract illustration: a network of connected dark green dots",
            "tags": ["robotics", "Bergara", "machining"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Deba Mekanizatuak is a twelve-person machine shop in Bergara that "
                        "makes parts for the automotive and machine tool industries. It works in "
                        "small batches, which made automation difficult: part numbers change "
                        "several times a day, and the time needed to program a conventional robot "
                        "did not pay off.</p>"
                        "<p>To tackle this, the company and Miguel Altuna LHII launched a TKgune "
                        "project last autumn. Mechatronics teachers from the centre and two "
                        "students designed a cell in which a collaborative robot loads and unloads "
                        "a CNC lathe. The cell was first assembled and tested in the centre's "
                        "workshop, and moved to the company in February.</p>"
                    ),
                ),
                ("heading", {"text": "Changeovers in ten minutes", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The key to the project has not been the robot itself but the "
                        "changeover process. The team made three main contributions:</p>"
                        "<ul>"
                        "<li><strong>Adaptable grippers:</strong> 3D-printed fingers, one set per "
                        "part family, that can be swapped in a few minutes.</li>"
                        "<li><strong>Program templates:</strong> operators create the robot's new "
                        "program by entering a few dimensions on a screen.</li>"
                        "<li><strong>Safety:</strong> a risk assessment and area sensors so that "
                        "the robot can work alongside staff.</li></ul>"
                        "<p>Figures from the first month show changeover time down from around an "
                        "hour to ten minutes, and the lathe now also runs unattended on the night "
                        "shift.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We had wanted to automate for years, but we were always told it "
                            "wasn't worth it for our batch sizes. Working with the centre, we have "
                            "seen that there is a way, and our own staff have learned to program "
                            "the robot too."
                        ),
                        "attribution": "Gorka Elorza",
                        "role": "Managing director, Deba Mekanizatuak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>For the centre, the project has brought new material into the "
                        "mechatronics programme. A second unit of the cell has stayed in the "
                        "workshop, and students are using it this year to work on programming and "
                        "safety. As teacher Ane Zubizarreta puts it, “students can see that what "
                        "they do in class is working in a real company”. The company and the "
                        "centre are already looking at a second project to add automatic "
                        "dimensional inspection of parts.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-networking-day-easo-2025",
        "date": "2025-04-09",
        "categories": ["community", "events"],
        "programmes": ["community"],
        "image": {"colour": "#6d28d9", "motif": "circles"},
        "eu": {
            "title": "Urratsbat komunitateko 75 enpresa elkartu dira Easo Politeknikoan",
            "slug": "komunitatearen-topaketa-easo-2025",
            "lead": (
                "Donostiako ikastetxean egindako sare-jardunaldian, enpresen arteko bilera "
                "laburrak, esperientzia-mahai bat eta hiru tailer praktiko egin ziren."
            ),
            "search_description": (
                "Urratsbat komunitatearen sare-jardunaldia Easo Politeknikoan: 75 enpresa, 130 "
                "pertsona, enpresen arteko bilerak eta tailer praktikoak."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu more gainjarriak",
            "tags": ["komunitatea", "sarea", "Donostia"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitateko 75 enpresa bildu ziren apirilaren 9an Easo "
                        "Politeknikoan, Donostian, urteko lehen sare-jardunaldian. Guztira 130 "
                        "lagun inguru izan ziren: enpresa-sortzaileak, ikastetxeetako "
                        "ekintzailetza-arduradunak eta aurten Urratsbaten hasi diren zenbait "
                        "ekintzaile. Enpresa gehienak Gipuzkoakoak ziren, baina Bizkaiko eta "
                        "Arabako hamabost enpresak ere hartu zuten parte, eta ikastetxeetako "
                        "zenbait zuzendari ere hurbildu ziren.</p>"
                        "<p>Jardunaldiaren helburua argia zen: komunitateko enpresek elkar "
                        "ezagutzea eta lankidetzarako aukerak aurkitzea. Izan ere, hamar urteko "
                        "ibilbidean sortutako enpresa askok antzeko bezeroak eta beharrak dituzte, "
                        "baina askotan ez dakite inguruan nor dagoen. Antolatzaileek aurrez bildu "
                        "zituzten enpresen eskaintzak eta beharrak, bilerak ahalik eta "
                        "baliagarrienak izan zitezen.</p>"
                    ),
                ),
                ("heading", {"text": "Bilera laburrak eta tailer praktikoak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Goizeko egitaraua hiru zatitan banatu zen:</p>"
                        "<ul>"
                        "<li><strong>Enpresen arteko bilerak:</strong> hamar minutuko 240 bilera "
                        "baino gehiago, aurrez adostutako agenda batekin.</li>"
                        "<li><strong>Esperientzia-mahaia:</strong> lau enpresak kontatu zuten nola "
                        "egin duten hazi lehen urteen ondoren, eta zer akats saihestuko luketen "
                        "orain.</li>"
                        "<li><strong>Tailerrak:</strong> prezioak finkatzea, diru-laguntzen "
                        "deialdiak eta sare sozialetako komunikazioa.</li></ul>"
                        "<p>Bazkaria ikastetxeko jantokian izan zen, eta arratsaldean bilera "
                        "informalekin jarraitu zuten hainbat enpresak.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Bi urte daramatzagu Donostian, eta gaur ezagutu ditut hiru enpresa "
                            "lankide izan litezkeenak. Horietako batekin hurrengo astean elkartuko "
                            "gara aurrekontu bat prestatzeko."
                        ),
                        "attribution": "Leire Goikoetxea",
                        "role": "Ekintzailea, Usurbil LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Jardunaldiaren ondoren, parte-hartzaileei inkesta bat bidali zitzaien. "
                        "Erantzunen arabera, enpresen % 80k gutxienez harreman berri bat egin "
                        "zuen, eta erdiek jarraipen-bilera bat adostu zuten. Komunitateak beste bi "
                        "sare-jardunaldi antolatuko ditu aurten, bata Bizkaian eta bestea Araban, "
                        "udazkenean. Halaber, jardunaldian jasotako proposamenekin, komunitateak "
                        "enpresen arteko eskaintzak eta eskaerak argitaratzeko gune bat prestatuko "
                        "du urte amaierarako.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "75 empresas de la comunidad Urratsbat se reúnen en Easo Politeknikoa",
            "slug": "encuentro-comunidad-easo-2025",
            "lead": (
                "La jornada de networking celebrada en el centro donostiarra incluyó reuniones "
                "breves entre empresas, una mesa de experiencias y tres talleres prácticos."
            ),
            "search_description": (
                "Jornada de networking de la comunidad Urratsbat en Easo Politeknikoa: 75 "
                "empresas, 130 personas, reuniones entre empresas y talleres prácticos."
            ),
            "image_alt": "Ilustración abstracta: círculos morados superpuestos",
            "tags": ["comunidad", "networking", "Donostia"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Setenta y cinco empresas de la comunidad Urratsbat se reunieron el 9 "
                        "de abril en Easo Politeknikoa, en Donostia, en la primera jornada de "
                        "networking del año. Asistieron unas 130 personas: fundadoras y fundadores "
                        "de empresas, responsables de emprendimiento de los centros y algunas "
                        "personas emprendedoras que han empezado este año en Urratsbat. La mayoría "
                        "de las empresas eran de Gipuzkoa, pero también participaron quince de "
                        "Bizkaia y Álava, y se acercaron además varias personas de la dirección de "
                        "los centros.</p>"
                        "<p>El objetivo de la jornada estaba claro: que las empresas de la "
                        "comunidad se conozcan y encuentren oportunidades de colaboración. Muchas "
                        "de las empresas creadas en estos diez años tienen clientes y necesidades "
                        "parecidas, pero a menudo no saben quién trabaja cerca. La organización "
                        "recogió con antelación las ofertas y necesidades de cada empresa para que "
                        "las reuniones fueran lo más útiles posible.</p>"
                    ),
                ),
                ("heading", {"text": "Reuniones breves y talleres prácticos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El programa de la mañana se dividió en tres partes:</p>"
                        "<ul>"
                        "<li><strong>Reuniones entre empresas:</strong> más de 240 reuniones de "
                        "diez minutos, con una agenda acordada de antemano.</li>"
                        "<li><strong>Mesa de experiencias:</strong> cuatro empresas contaron cómo "
                        "han crecido tras sus primeros años y qué errores evitarían hoy.</li>"
                        "<li><strong>Talleres:</strong> fijación de precios, convocatorias de "
                        "ayudas y comunicación en redes sociales.</li></ul>"
                        "<p>La comida se sirvió en el comedor del centro, y por la tarde varias "
                        "empresas continuaron con reuniones informales.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Llevamos dos años en Donostia y hoy he conocido a tres empresas con "
                            "las que podríamos colaborar. Con una de ellas nos veremos la semana "
                            "que viene para preparar un presupuesto."
                        ),
                        "attribution": "Leire Goikoetxea",
                        "role": "Emprendedora, Usurbil LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Tras la jornada se envió una encuesta a las personas participantes. "
                        "Según las respuestas, el 80 % de las empresas estableció al menos un "
                        "contacto nuevo y la mitad acordó una reunión de seguimiento. La comunidad "
                        "organizará este año otras dos jornadas de networking, una en Bizkaia y "
                        "otra en Álava, en otoño. Además, con las propuestas recogidas en la "
                        "jornada, la comunidad preparará antes de fin de año un espacio para "
                        "publicar ofertas y demandas entre empresas.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "75 Urratsbat community companies meet at Easo Politeknikoa",
            "slug": "community-networking-day-easo-2025",
            "lead": (
                "The networking day at the Donostia VET centre featured short one-to-one meetings "
                "between companies, an experience panel and three practical workshops."
            ),
            "search_description": (
                "Urratsbat community networking day at Easo Politeknikoa: 75 companies, 130 "
                "people, one-to-one meetings between companies and practical workshops."
            ),
            "image_alt": "Abstract illustration: overlapping purple circles",
            "tags": ["community", "networking", "Donostia"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Seventy-five companies from the Urratsbat community gathered at Easo "
                        "Politeknikoa in Donostia on 9 April for the first networking day of the "
                        "year. Around 130 people attended: company founders, entrepreneurship "
                        "coordinators from the centres and some of the entrepreneurs who joined "
                        "Urratsbat this year. Most of the companies were from Gipuzkoa, but "
                        "fifteen came from Bizkaia and Araba, and several centre heads also "
                        "attended.</p>"
                        "<p>The aim of the day was clear: to help community companies get to know "
                        "each other and find opportunities to work together. Many of the companies "
                        "created over the past ten years have similar customers and needs, but "
                        "often do not know who is working nearby. The organisers collected each "
                        "company's offers and needs in advance so that the meetings would be as "
                        "useful as possible.</p>"
                    ),
                ),
                ("heading", {"text": "Short meetings and practical workshops", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The morning programme was divided into three parts:</p>"
                        "<ul>"
                        "<li><strong>One-to-one meetings:</strong> more than 240 ten-minute "
                        "meetings, with agendas agreed beforehand.</li>"
                        "<li><strong>Experience panel:</strong> four companies explained how they "
                        "have grown after their first few years and which mistakes they would "
                        "avoid today.</li>"
                        "<li><strong>Workshops:</strong> pricing, calls for grants and social "
                        "media communication.</li></ul>"
                        "<p>Lunch was served in the centre's canteen, and several companies "
                        "carried on with informal meetings in the afternoon.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We've been in Donostia for two years, and today I met three companies "
                            "we could work with. We are meeting one of them next week to put "
                            "together a quote."
                        ),
                        "attribution": "Leire Goikoetxea",
                        "role": "Entrepreneur, Usurbil LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>After the event, participants were sent a short survey. According to "
                        "the responses, 80% of the companies made at least one new contact and "
                        "half arranged a follow-up meeting. The community will hold two more "
                        "networking days this year, one in Bizkaia and one in Araba, in the "
                        "autumn. Drawing on the suggestions gathered on the day, it will also "
                        "prepare a space where companies can post offers and requests for each "
                        "other by the end of the year.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-energy-tolosaldea",
        "date": "2025-05-07",
        "categories": ["tkgune", "innovation"],
        "programmes": ["tkgune"],
        "image": {"colour": "#ca8a04", "motif": "waves"},
        "eu": {
            "title": (
                "Tolosaldea LHIIk eta Oria Kartoiak enpresak energia-kontsumoa % 14 murriztu dute"
            ),
            "slug": "energia-kontsumoa-tolosaldea-oria-kartoiak",
            "lead": (
                "TKgune proiektu baten bidez, Tolosako kartoi-enpresak kontsumoa neurtzeko sistema "
                "bat jarri du eta aire konprimatuaren ihesak zuzendu ditu."
            ),
            "search_description": (
                "Tolosaldea LHIIk eta Oria Kartoiak ETEak energia-kontsumoa % 14 murriztu dute "
                "TKgune proiektu batean: neurketa, aire konprimatua eta eguzki-energia."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin okre leunak",
            "tags": ["energia", "Tolosa", "efizientzia"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Oria Kartoiak Tolosako enpresa bat da, 35 langilekoa, eta elikagaien "
                        "sektorerako kartoizko ontziak egiten ditu. Azken bi urteetan "
                        "elektrizitatearen fakturak nabarmen egin du gora, eta enpresak ez zekien "
                        "zehatz non kontsumitzen zuen energia gehien. Horregatik jo zuen "
                        "Tolosaldea LHIIra, ikastetxeak energia-efizientzian duen esperientzia "
                        "ezagututa.</p>"
                        "<p>Proiektua 2024ko irailean hasi zen eta zazpi hilabete iraun du. "
                        "Energia berriztagarrien eta instalazio elektrikoen arloetako bi irakaslek "
                        "eta lau ikaslek hartu dute parte, eta enpresako mantentze-arduradunarekin "
                        "batera egin dute lan, astero bilera labur bat eginez. Ikasleek "
                        "praktikaldiaren zati bat enpresan bertan egin zuten, eta "
                        "neurketa-sistemaren instalazioan eta programazioan hartu zuten parte "
                        "zuzenean.</p>"
                    ),
                ),
                ("heading", {"text": "Lehenik neurtu, gero erabaki", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Lana hiru fasetan egin da:</p>"
                        "<ul>"
                        "<li><strong>Neurketa:</strong> hamabi kontagailu jarri ziren makina "
                        "nagusietan eta aire konprimatuaren konpresorean, eta datuak denbora "
                        "errealean ikusteko panel bat sortu zen.</li>"
                        "<li><strong>Zuzenketak:</strong> aire konprimatuaren 23 ihes aurkitu eta "
                        "konpondu ziren, eta konpresorearen presioa egokitu zen.</li>"
                        "<li><strong>Azterketa:</strong> teilatuan eguzki-panelak jartzeko "
                        "bideragarritasun-azterketa egin zen, autokontsumorako.</li></ul>"
                        "<p>Lehen bi fasetako neurriekin, enpresak bere kontsumo elektrikoa % 14 "
                        "murriztu du, eta inbertsioa urtebete baino lehen berreskuratuko duela "
                        "kalkulatzen da.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Orain badakigu makina bakoitzak zenbat kontsumitzen duen eta noiz. "
                            "Lehen intuizioz hartzen genituen erabakiak; orain, datuekin. Eta "
                            "ikasleek ekarritako freskotasuna ere eskertzekoa izan da."
                        ),
                        "attribution": "Itziar Mendizabal",
                        "role": "Mantentze-arduraduna, Oria Kartoiak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Eguzki-instalazioaren azterketa eskuan, enpresak udazkenean erabakiko "
                        "du proiektuaren bigarren fasea abian jartzen duen. Ikastetxeak, bestalde, "
                        "kasu hau ikasgelan erabiliko du datorren ikasturtean, eta neurketa-panela "
                        "material didaktiko bihurtu du. Proiektuaren emaitzak ekainean aurkeztuko "
                        "dira TKguneko ikastetxeen urteko bileran, beste ETE batzuek antzeko "
                        "neurriak aplika ditzaten.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Tolosaldea LHII y Oria Kartoiak reducen un 14 % el consumo energético",
            "slug": "consumo-energetico-tolosaldea-oria-kartoiak",
            "lead": (
                "A través de un proyecto TKgune, la empresa de cartón de Tolosa ha instalado un "
                "sistema de medición de consumos y ha corregido las fugas de aire comprimido."
            ),
            "search_description": (
                "Tolosaldea LHII y la pyme Oria Kartoiak reducen un 14 % el consumo energético en "
                "un proyecto TKgune: medición, aire comprimido y energía solar."
            ),
            "image_alt": "Ilustración abstracta: ondas suaves de color ocre",
            "tags": ["energía", "Tolosa", "eficiencia"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Oria Kartoiak es una empresa de Tolosa con 35 personas en plantilla "
                        "que fabrica envases de cartón para el sector de la alimentación. En los "
                        "dos últimos años su factura eléctrica había subido de forma notable, y la "
                        "empresa no sabía con precisión dónde consumía más energía. Por eso acudió "
                        "a Tolosaldea LHII, conociendo la experiencia del centro en eficiencia "
                        "energética.</p>"
                        "<p>El proyecto comenzó en septiembre de 2024 y ha durado siete meses. Han "
                        "participado dos docentes y cuatro estudiantes de energías renovables e "
                        "instalaciones eléctricas, que han trabajado junto al responsable de "
                        "mantenimiento de la empresa con una breve reunión semanal. El alumnado "
                        "realizó parte de sus prácticas en la propia empresa y participó "
                        "directamente en la instalación y programación del sistema de medición.</p>"
                    ),
                ),
                ("heading", {"text": "Primero medir, después decidir", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El trabajo se ha desarrollado en tres fases:</p>"
                        "<ul>"
                        "<li><strong>Medición:</strong> se instalaron doce contadores en las "
                        "máquinas principales y en el compresor de aire, y se creó un panel para "
                        "ver los datos en tiempo real.</li>"
                        "<li><strong>Correcciones:</strong> se localizaron y repararon 23 fugas de "
                        "aire comprimido, y se ajustó la presión del compresor.</li>"
                        "<li><strong>Estudio:</strong> se analizó la viabilidad de instalar placas "
                        "solares en la cubierta para autoconsumo.</li></ul>"
                        "<p>Con las medidas de las dos primeras fases, la empresa ha reducido su "
                        "consumo eléctrico un 14 %, y se calcula que recuperará la inversión en "
                        "menos de un año.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ahora sabemos cuánto consume cada máquina y cuándo. Antes decidíamos "
                            "por intuición; ahora, con datos. Y también se agradece la frescura "
                            "que ha traído el alumnado."
                        ),
                        "attribution": "Itziar Mendizabal",
                        "role": "Responsable de mantenimiento, Oria Kartoiak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Con el estudio de la instalación solar en la mano, la empresa decidirá "
                        "en otoño si pone en marcha la segunda fase del proyecto. El centro, por "
                        "su parte, utilizará este caso en el aula el próximo curso y ha convertido "
                        "el panel de medición en material didáctico. Los resultados del proyecto "
                        "se presentarán en junio en la reunión anual de los centros TKgune, para "
                        "que otras pymes puedan aplicar medidas similares.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Tolosaldea LHII and Oria Kartoiak cut energy consumption by 14%",
            "slug": "energy-consumption-tolosaldea-oria-kartoiak",
            "lead": (
                "Through a TKgune project, the Tolosa cardboard manufacturer has installed an "
                "energy metering system and fixed leaks in its compressed air network."
            ),
            "search_description": (
                "Tolosaldea LHII and the SME Oria Kartoiak cut energy use by 14% in a TKgune "
                "project: metering, compressed air and solar power."
            ),
            "image_alt": "Abstract illustration: soft ochre waves",
            "tags": ["energy", "Tolosa", "efficiency"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Oria Kartoiak is a 35-employee company in Tolosa that makes cardboard "
                        "packaging for the food industry. Its electricity bill had risen sharply "
                        "over the previous two years, and the company did not know exactly where "
                        "it was using the most energy. So it turned to Tolosaldea LHII, aware of "
                        "the centre's experience in energy efficiency.</p>"
                        "<p>The project began in September 2024 and ran for seven months. Two "
                        "teachers and four students from the renewable energy and electrical "
                        "installation programmes took part, working alongside the company's "
                        "maintenance manager and meeting briefly every week. The students "
                        "completed part of their work placement at the company and were directly "
                        "involved in installing and programming the metering system.</p>"
                    ),
                ),
                ("heading", {"text": "Measure first, then decide", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The work was carried out in three phases:</p>"
                        "<ul>"
                        "<li><strong>Metering:</strong> twelve meters were fitted to the main "
                        "machines and the air compressor, and a dashboard was built to display the "
                        "data in real time.</li>"
                        "<li><strong>Fixes:</strong> 23 compressed air leaks were found and "
                        "repaired, and the compressor pressure was adjusted.</li>"
                        "<li><strong>Study:</strong> a feasibility study was carried out for "
                        "rooftop solar panels for self-consumption.</li></ul>"
                        "<p>With the measures from the first two phases, the company has cut its "
                        "electricity consumption by 14%, and it expects to recover the investment "
                        "in less than a year.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Now we know how much each machine uses and when. We used to make "
                            "decisions on gut feeling; now we make them with data. The fresh "
                            "perspective the students brought has been very welcome too."
                        ),
                        "attribution": "Itziar Mendizabal",
                        "role": "Maintenance manager, Oria Kartoiak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>With the solar study in hand, the company will decide in the autumn "
                        "whether to go ahead with the second phase of the project. The centre, for "
                        "its part, will use the case in class next year and has turned the "
                        "metering dashboard into teaching material. The project's results will be "
                        "presented in June at the annual meeting of TKgune centres, so that other "
                        "SMEs can apply similar measures.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-lurgarbi-robotics",
        "date": "2025-06-04",
        "categories": ["urratsbat", "innovation"],
        "programmes": ["urratsbat"],
        "companies": ["lurgarbi-robotics"],
        "image": {"colour": "#15803d", "motif": "steps"},
        "eu": {
            "title": "Lurgarbi Robotics: Usurbil LHIIn jaiotako belar-kentzeko robota",
            "slug": "lurgarbi-robotics-usurbil-belar-robota",
            "lead": (
                "Bi ikasle ohik sortutako enpresak robot txiki bat garatu du negutegietako belar "
                "txarrak modu mekanikoan kentzeko, herbizidarik gabe."
            ),
            "search_description": (
                "Lurgarbi Robotics Usurbil LHIIn sortutako enpresa da: negutegietako belar txarrak "
                "herbizidarik gabe kentzeko robota, Urratsbaten laguntzarekin."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila berdeak",
            "tags": ["Urratsbat", "nekazaritza", "robotika", "Usurbil"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Unai Agirre eta Maialen Sarasola Usurbil LHIIn ezagutu ziren, "
                        "mekatronikako goi-mailako zikloa egiten ari zirela. Azken urteko proiektu "
                        "gisa, robot txiki bat egin zuten Usurbilgo baserri baterako, negutegiko "
                        "letxuga-ilaren artean belar txarrak kentzeko. Proiektua ikasgelatik "
                        "atera, eta enpresa bihurtu da: Lurgarbi Robotics.</p>"
                        "<p>Robotak bateriaz funtzionatzen du, kamera bat eta ikasketa "
                        "automatikoko eredu sinple bat erabiltzen ditu landarea eta belar txarra "
                        "bereizteko, eta lurra mekanikoki astintzen du, herbizidarik gabe. "
                        "Horrela, ekoizpen ekologikoan ari diren baserriei lan astuna arintzen "
                        "die, batez ere udaberrian eta udan. Lehen prototipoak sei kilo inguru "
                        "zituen eta ordubete besterik ez zuen irauten; egungo bertsioak lau orduko "
                        "autonomia du eta bi ilara lantzen ditu aldi berean.</p>"
                    ),
                ),
                ("heading", {"text": "Ikastetxea, lehen tailerra", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Enpresa 2024ko azaroan eratu zen, eta Usurbil LHIIk eskaintzen dituen "
                        "baliabideak erabiltzen ditu:</p>"
                        "<ul>"
                        "<li><strong>Bulegoa:</strong> ikastetxeko ekintzailetza-gunean, beste lau "
                        "enpresa berrirekin batera.</li>"
                        "<li><strong>Tailerra:</strong> fresatzeko makina eta 3D inprimagailuak, "
                        "prototipoaren piezak egiteko.</li>"
                        "<li><strong>Aholkularitza:</strong> negozio-eredua eta finantzaketa, "
                        "ekintzailetza-arduradunaren laguntzarekin.</li></ul>"
                        "<p>Gaur egun, robotaren hiru aurre-serieko unitate ari dira lanean "
                        "Gipuzkoako hiru baserritan, eta bezero horien iritziekin hobetzen ari "
                        "dira diseinua.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Baserritarrek ez dute robot konplexurik behar: erraza, sendoa eta "
                            "konpontzeko erraza izatea nahi dute. Hori ikasi dugu haiekin lanean, "
                            "eta horregatik entzuten diegu hainbeste."
                        ),
                        "attribution": "Maialen Sarasola",
                        "role": "Lurgarbi Roboticsen sortzailekidea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Enpresaren hurrengo urratsa robota alokatzeko zerbitzu bat abiaraztea "
                        "da, baserri txikiek inbertsio handirik egin gabe erabili ahal izan "
                        "dezaten. Horretarako, diru-laguntza publikoetarako eskaera bat prestatzen "
                        "ari dira, eta Urratsbat komunitateko beste enpresa batzuekin hitz egiten "
                        "ari dira banaketa eta mantentze-lanak antolatzeko. Ikastetxeko "
                        "ekintzailetza-arduradunaren ustez, proiektu honek erakusten du azken "
                        "urteko proiektuak enpresa bihur daitezkeela, bidea behar bezala laguntzen "
                        "bada.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Lurgarbi Robotics: el robot desbrozador nacido en Usurbil LHII",
            "slug": "lurgarbi-robotics-usurbil-robot-desbrozador",
            "lead": (
                "La empresa creada por dos antiguos alumnos ha desarrollado un pequeño robot que "
                "elimina las malas hierbas de los invernaderos de forma mecánica, sin herbicidas."
            ),
            "search_description": (
                "Lurgarbi Robotics, empresa creada en Usurbil LHII: un robot que elimina las malas "
                "hierbas de invernaderos sin herbicidas, con el apoyo de Urratsbat."
            ),
            "image_alt": "Ilustración abstracta: peldaños verdes ascendentes",
            "tags": ["Urratsbat", "agricultura", "robótica", "Usurbil"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Unai Agirre y Maialen Sarasola se conocieron en Usurbil LHII mientras "
                        "cursaban el ciclo superior de mecatrónica. Como proyecto de último curso, "
                        "construyeron un pequeño robot para un caserío de Usurbil que quitaba las "
                        "malas hierbas entre las filas de lechugas del invernadero. El proyecto "
                        "salió del aula y se ha convertido en empresa: Lurgarbi Robotics.</p>"
                        "<p>El robot funciona con batería, utiliza una cámara y un modelo sencillo "
                        "de aprendizaje automático para distinguir el cultivo de la mala hierba, y "
                        "remueve la tierra de forma mecánica, sin herbicidas. Así alivia un "
                        "trabajo pesado a los caseríos que producen en ecológico, sobre todo en "
                        "primavera y verano. El primer prototipo pesaba unos seis kilos y solo "
                        "aguantaba una hora; la versión actual tiene cuatro horas de autonomía y "
                        "trabaja dos filas a la vez.</p>"
                    ),
                ),
                ("heading", {"text": "El centro, su primer taller", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La empresa se constituyó en noviembre de 2024 y utiliza los recursos "
                        "que ofrece Usurbil LHII:</p>"
                        "<ul>"
                        "<li><strong>Oficina:</strong> en el espacio de emprendimiento del centro, "
                        "junto a otras cuatro empresas nuevas.</li>"
                        "<li><strong>Taller:</strong> fresadora e impresoras 3D para fabricar las "
                        "piezas del prototipo.</li>"
                        "<li><strong>Asesoramiento:</strong> modelo de negocio y financiación, con "
                        "el apoyo de la persona responsable de emprendimiento.</li></ul>"
                        "<p>Hoy, tres unidades de preserie del robot trabajan en tres caseríos de "
                        "Gipuzkoa, y el equipo está mejorando el diseño con las opiniones de esos "
                        "clientes.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Los agricultores no necesitan un robot complejo: quieren que sea "
                            "sencillo, robusto y fácil de reparar. Eso lo hemos aprendido "
                            "trabajando con ellos, y por eso les escuchamos tanto."
                        ),
                        "attribution": "Maialen Sarasola",
                        "role": "Cofundadora de Lurgarbi Robotics",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>El siguiente paso de la empresa es lanzar un servicio de alquiler del "
                        "robot, para que los caseríos pequeños puedan usarlo sin hacer una gran "
                        "inversión. Para ello están preparando una solicitud de ayudas públicas y "
                        "hablando con otras empresas de la comunidad Urratsbat para organizar la "
                        "distribución y el mantenimiento. Según la responsable de emprendimiento "
                        "del centro, este proyecto demuestra que los trabajos de último curso "
                        "pueden convertirse en empresa si el camino se acompaña bien.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Lurgarbi Robotics: the weeding robot born at Usurbil LHII",
            "slug": "lurgarbi-robotics-usurbil-weeding-robot",
            "lead": (
                "The company set up by two former students has developed a small robot that "
                "removes weeds from greenhouses mechanically, without herbicides."
            ),
            "search_description": (
                "Lurgarbi Robotics, a company created at Usurbil LHII: a robot that removes weeds "
                "from greenhouses without herbicides, with support from Urratsbat."
            ),
            "image_alt": "Abstract illustration: green steps rising upwards",
            "tags": ["Urratsbat", "agriculture", "robotics", "Usurbil"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Unai Agirre and Maialen Sarasola met at Usurbil LHII while studying "
                        "for the advanced mechatronics diploma. For their final-year project, they "
                        "built a small robot for a farm in Usurbil that removed weeds between the "
                        "rows of lettuce in its greenhouse. The project has since left the "
                        "classroom and become a company: Lurgarbi Robotics.</p>"
                        "<p>The battery-powered robot uses a camera and a simple machine learning "
                        "model to tell crops from weeds, and then turns the soil mechanically, "
                        "without herbicides. It takes some of the heavy work off organic farms, "
                        "especially in spring and summer. The first prototype weighed about six "
                        "kilos and lasted just an hour; the current version runs for four hours "
                        "and works two rows at a time.</p>"
                    ),
                ),
                ("heading", {"text": "The centre as their first workshop", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The company was incorporated in November 2024 and uses the resources "
                        "offered by Usurbil LHII:</p>"
                        "<ul>"
                        "<li><strong>Office:</strong> in the centre's entrepreneurship space, "
                        "alongside four other new companies.</li>"
                        "<li><strong>Workshop:</strong> a milling machine and 3D printers to make "
                        "parts for the prototype.</li>"
                        "<li><strong>Advice:</strong> on the business model and funding, with "
                        "support from the entrepreneurship coordinator.</li></ul>"
                        "<p>Three pre-series units of the robot are now working on three farms in "
                        "Gipuzkoa, and the team is improving the design based on feedback from "
                        "those customers.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Farmers don't need a complex robot: they want something simple, "
                            "sturdy and easy to repair. We learned that by working with them, and "
                            "that's why we listen to them so closely."
                        ),
                        "attribution": "Maialen Sarasola",
                        "role": "Co-founder, Lurgarbi Robotics",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The company's next step is to launch a robot rental service so that "
                        "small farms can use it without a large upfront investment. To that end, "
                        "they are preparing an application for public funding and talking to other "
                        "Urratsbat community companies about organising distribution and "
                        "maintenance. According to the centre's entrepreneurship coordinator, the "
                        "project shows that final-year projects can become companies if they get "
                        "the right support along the way.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-facilitators-meeting-2025",
        "date": "2025-06-26",
        "categories": ["esm", "events"],
        "programmes": ["esm"],
        "image": {"colour": "#1e40af", "motif": "circles"},
        "eu": {
            "title": "ESM dinamizatzaileen urteko topaketa Txorierri LHIIn",
            "slug": "esm-dinamizatzaileen-topaketa-txorierri-2025",
            "lead": (
                "Hirurogei dinamizatzaile elkartu ziren Derion ikasturtea baloratzeko, kasu "
                "errealak aztertzeko eta bezeroekin ideiak egiaztatzeko tresnak lantzeko."
            ),
            "search_description": (
                "ESM dinamizatzaileen urteko topaketa Txorierri LHIIn: 60 parte-hartzaile, kasuen "
                "klinika, ideiak egiaztatzeko tailerra eta ziurtagirien banaketa."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu urdin ilun gainjarriak",
            "tags": ["ESM", "topaketa", "Derio"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>ESM dinamizatzaileen sarearen urteko topaketa ekainaren 26an egin zen "
                        "Txorierri LHIIn, Derion. Lanbide Heziketako 38 ikastetxetako 60 "
                        "dinamizatzaile inguru bildu ziren ikasturtea baloratzeko eta datorrenari "
                        "begira jartzeko. Topaketan, gainera, aurtengo prestakuntza-ibilbidea "
                        "amaitu duten 26 dinamizatzaileek jaso zuten beren ziurtagiria.</p>"
                        "<p>Egunaren lehen zatian, Urratsbat programaren ikasturteko datuak "
                        "aurkeztu ziren, eta ikastetxe bakoitzak ekintzaileekin izandako zailtasun "
                        "nagusiak partekatu zituen. Gai errepikatuenak lehen bezeroak aurkitzea "
                        "eta ikasketak eta enpresa uztartzea izan ziren. Datuen arabera, ikasturte "
                        "honetan 210 ekintzaileri lagundu diete ikastetxeek, eta 45 proiektuk "
                        "gainditu dute ideia-fasea.</p>"
                    ),
                ),
                ("heading", {"text": "Kasuen klinika eta tailer praktikoa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Egunaren bigarren zatia praktikoa izan zen, bi saio paralelotan "
                        "banatuta:</p>"
                        "<ul>"
                        "<li><strong>Kasuen klinika:</strong> talde txikietan, dinamizatzaileek "
                        "beren ekintzaileekin trabatuta dauden egoerak aurkeztu zituzten, eta "
                        "lankideek proposamenak egin zituzten.</li>"
                        "<li><strong>Ideiak egiaztatzeko tailerra:</strong> bezero potentzialei "
                        "elkarrizketak egiteko gida bat landu zen, galdera okerrak saihesteko eta "
                        "benetako beharrak ezagutzeko.</li></ul>"
                        "<p>Tailerrean landutako gida ESM materialen artean sartuko da, eta sareko "
                        "dinamizatzaile guztiek izango dute eskura irailetik aurrera. Kasuen "
                        "klinikan aztertutako egoerak anonimo bihurtuko dira, eta prestakuntzan "
                        "adibide gisa erabiliko dira.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Urtean behin elkartzeak asko laguntzen du. Ikastetxe txiki batean "
                            "dinamizatzaile bakarra zara askotan, eta hemen ikusten duzu beste "
                            "askok ere zure zalantza berberak dituztela."
                        ),
                        "attribution": "Iratxe Uriarte",
                        "role": "Ekintzailetza-arduraduna, Iurreta LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Topaketa amaitzeko, datorren ikasturterako lehentasunak adostu ziren: "
                        "jarraipen-tresnak sinplifikatzea, ikastetxeen arteko bisitak antolatzea "
                        "eta prestakuntza-modulu berri bat prestatzea, enpresa sortu ondorengo "
                        "lehen urteari buruzkoa. Ikastetxe bakoitzari topaketaren laburpen bat "
                        "bidaliko zaio, adostutako lehentasunekin eta tailerreko materialekin. "
                        "Hurrengo topaketa 2026ko ekainean izango da.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Encuentro anual de personas dinamizadoras ESM en Txorierri LHII",
            "slug": "encuentro-dinamizadores-esm-txorierri-2025",
            "lead": (
                "Sesenta personas dinamizadoras se reunieron en Derio para valorar el curso, "
                "analizar casos reales y trabajar herramientas para validar ideas con clientes."
            ),
            "search_description": (
                "Encuentro anual de personas dinamizadoras ESM en Txorierri LHII: 60 "
                "participantes, clínica de casos, taller de validación y entrega de certificados."
            ),
            "image_alt": "Ilustración abstracta: círculos azul oscuro superpuestos",
            "tags": ["ESM", "encuentro", "Derio"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El encuentro anual de la red de personas dinamizadoras ESM se celebró "
                        "el 26 de junio en Txorierri LHII, en Derio. Se reunieron unas 60 personas "
                        "dinamizadoras de 38 centros de FP para valorar el curso y mirar al "
                        "siguiente. Además, las 26 personas que han completado este año el "
                        "itinerario formativo recibieron su certificado.</p>"
                        "<p>En la primera parte de la jornada se presentaron los datos del curso "
                        "del programa Urratsbat, y cada centro compartió las principales "
                        "dificultades encontradas con sus emprendedores. Los temas más repetidos "
                        "fueron conseguir los primeros clientes y compaginar los estudios con la "
                        "empresa. Según los datos, este curso los centros han acompañado a 210 "
                        "personas emprendedoras, y 45 proyectos han superado la fase de idea.</p>"
                    ),
                ),
                ("heading", {"text": "Clínica de casos y taller práctico", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La segunda parte de la jornada fue práctica, en dos sesiones "
                        "paralelas:</p>"
                        "<ul>"
                        "<li><strong>Clínica de casos:</strong> en grupos pequeños, las personas "
                        "dinamizadoras presentaron situaciones en las que se han atascado con sus "
                        "emprendedores, y sus colegas aportaron propuestas.</li>"
                        "<li><strong>Taller de validación de ideas:</strong> se trabajó una guía "
                        "para entrevistar a clientes potenciales, evitar preguntas que inducen la "
                        "respuesta y conocer sus necesidades reales.</li></ul>"
                        "<p>La guía trabajada en el taller se incorporará a los materiales de ESM "
                        "y estará a disposición de toda la red a partir de septiembre. Las "
                        "situaciones analizadas en la clínica de casos se anonimizarán y se "
                        "utilizarán como ejemplos en la formación.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Reunirnos una vez al año ayuda mucho. En un centro pequeño a menudo "
                            "eres la única persona dinamizadora, y aquí ves que muchas otras "
                            "tienen tus mismas dudas."
                        ),
                        "attribution": "Iratxe Uriarte",
                        "role": "Responsable de emprendimiento, Iurreta LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Para cerrar el encuentro se acordaron las prioridades del próximo "
                        "curso: simplificar las herramientas de seguimiento, organizar visitas "
                        "entre centros y preparar un nuevo módulo formativo sobre el primer año de "
                        "vida de la empresa. Cada centro recibirá un resumen del encuentro con las "
                        "prioridades acordadas y los materiales del taller. El próximo encuentro "
                        "será en junio de 2026.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "ESM facilitators' annual meeting at Txorierri LHII",
            "slug": "esm-facilitators-meeting-txorierri-2025",
            "lead": (
                "Sixty facilitators met in Derio to review the year, work through real cases and "
                "practise tools for testing ideas with customers."
            ),
            "search_description": (
                "ESM facilitators' annual meeting at Txorierri LHII: 60 participants, a case "
                "clinic, a workshop on testing ideas and certificates for new facilitators."
            ),
            "image_alt": "Abstract illustration: overlapping dark blue circles",
            "tags": ["ESM", "meeting", "Derio"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The annual meeting of the ESM facilitators' network took place on 26 "
                        "June at Txorierri LHII in Derio. Around 60 facilitators from 38 VET "
                        "centres came together to review the academic year and look ahead to the "
                        "next. The 26 facilitators who completed this year's training course also "
                        "received their certificates.</p>"
                        "<p>In the first part of the day, the Urratsbat programme's figures for "
                        "the year were presented, and each centre shared the main difficulties it "
                        "had faced with its entrepreneurs. The most common themes were finding the "
                        "first customers and combining studies with running a company. According "
                        "to the figures, the centres supported 210 entrepreneurs this year, and 45 "
                        "projects moved beyond the idea stage.</p>"
                    ),
                ),
                ("heading", {"text": "A case clinic and a practical workshop", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The second part of the day was hands-on, with two parallel "
                        "sessions:</p>"
                        "<ul>"
                        "<li><strong>Case clinic:</strong> in small groups, facilitators presented "
                        "situations where they had got stuck with their entrepreneurs, and "
                        "colleagues suggested ways forward.</li>"
                        "<li><strong>Idea-testing workshop:</strong> participants worked on a "
                        "guide for interviewing potential customers, avoiding leading questions "
                        "and uncovering real needs.</li></ul>"
                        "<p>The guide developed in the workshop will be added to the ESM materials "
                        "and made available to the whole network from September. The situations "
                        "discussed in the case clinic will be anonymised and used as examples in "
                        "the training.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Meeting once a year really helps. At a small centre you are often the "
                            "only facilitator, and here you see that lots of others have exactly "
                            "the same questions as you."
                        ),
                        "attribution": "Iratxe Uriarte",
                        "role": "Entrepreneurship coordinator, Iurreta LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>To close the meeting, participants agreed on priorities for next year: "
                        "simplifying the follow-up tools, organising visits between centres and "
                        "preparing a new training module on a company's first year. Each centre "
                        "will receive a summary of the meeting with the agreed priorities and the "
                        "workshop materials. The next meeting will be held in June 2026.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-marketplace-launch",
        "date": "2025-09-17",
        "categories": ["community"],
        "programmes": ["community"],
        "image": {"colour": "#7c3aed", "motif": "grid"},
        "eu": {
            "title": "Urratsbat komunitateak bere merkatua jarri du martxan",
            "slug": "komunitatearen-merkatua-martxan",
            "lead": (
                "Komunitateko enpresek eskaintzak eta eskaerak argitara ditzakete orain gune berri "
                "batean, elkarren artean bezeroak, hornitzaileak eta lankideak aurkitzeko."
            ),
            "search_description": (
                "Urratsbat komunitatearen merkatua martxan da: kide diren enpresek zerbitzuak, "
                "produktuak eta ekoizpen-ahalmena eskaini eta eska ditzakete."
            ),
            "image_alt": "Ilustrazio abstraktua: lauki bioleten sareta",
            "tags": ["merkatua", "komunitatea", "enpresak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitateak merkatu bat abiatu du, kide diren enpresek "
                        "elkarri eskaintzak eta eskaerak argitaratzeko. Ideia komunitatearen "
                        "sare-jardunaldietan sortu zen: enpresek behin eta berriz adierazi zuten "
                        "inguruko enpresekin lan egin nahi zutela, baina ez zekitela nork eskain "
                        "ziezaiekeen behar zutena.</p>"
                        "<p>Merkatua Tknika Hubeko komunitatearen atalean dago, eta komunitateko "
                        "kide diren enpresek bakarrik argitara ditzakete iragarkiak. Iragarki "
                        "bakoitza komunitatearen dinamizatzaileak berrikusten du argitaratu "
                        "aurretik, edukia egokia dela eta enpresa komunitateko kidea dela "
                        "egiaztatzeko. Lehen bi asteetan 60 iragarki baino gehiago argitaratu "
                        "dira. Horietatik erdiak baino gehiago zerbitzu teknikoei buruzkoak dira: "
                        "mekanizazioa, diseinua, instalazioak eta mantentze-lanak.</p>"
                    ),
                ),
                ("heading", {"text": "Zer argitara daiteke", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Iragarkiak hiru motatakoak izan daitezke:</p>"
                        "<ul>"
                        "<li><strong>Zerbitzuak eta produktuak:</strong> enpresa batek beste "
                        "enpresei eskaintzen diena, baldintza bereziekin komunitateko "
                        "kideentzat.</li>"
                        "<li><strong>Ekoizpen-ahalmena:</strong> makina edo langile libreak "
                        "dituzten tailerrek azpikontratazio-lanak har ditzakete.</li>"
                        "<li><strong>Eskaerak:</strong> hornitzaile, bazkide edo lankide baten "
                        "bila dabiltzan enpresen beharrak.</li></ul>"
                        "<p>Adibidez, Eibarko mekanizazio-tailer batek asteko bi egun libre "
                        "eskaini ditu bere fresatzeko makinan, eta Donostiako diseinu-estudio "
                        "batek ontziak ekoizteko hornitzaile bat bilatzen du. Enpresen arteko "
                        "harremana zuzena da: merkatuak kontaktua errazten du, eta gainerakoa "
                        "enpresek beraiek adosten dute.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Komunitateak 400 enpresa baino gehiago ditu, eta askotan behar duzun "
                            "hornitzailea ondoko herrian dago. Merkatuaren helburua da lotura hori "
                            "erraztea, bitartekaririk gabe eta modu sinplean."
                        ),
                        "attribution": "Amaia Zabala",
                        "role": "Urratsbat komunitatearen dinamizatzailea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Iragarkiak doakoak dira eta hiru hilabetez egoten dira ikusgai; "
                        "ondoren, enpresak berritu egin ditzake. Komunitateak lehen urteko "
                        "emaitzak aztertuko ditu udan, eta kideen iritziekin hobekuntzak egingo "
                        "ditu. Oraindik kide ez diren Urratsbateko enpresek komunitatearen helbide "
                        "elektronikora idatz dezakete sartzeko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "La comunidad Urratsbat pone en marcha su marketplace",
            "slug": "marketplace-comunidad-en-marcha",
            "lead": (
                "Las empresas de la comunidad ya pueden publicar ofertas y demandas en un nuevo "
                "espacio para encontrar entre ellas clientes, proveedores y colaboradores."
            ),
            "search_description": (
                "Ya funciona el marketplace de la comunidad Urratsbat: las empresas socias pueden "
                "ofrecer y pedir servicios, productos y capacidad productiva."
            ),
            "image_alt": "Ilustración abstracta: cuadrícula de cuadrados violetas",
            "tags": ["marketplace", "comunidad", "empresas"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La comunidad Urratsbat ha lanzado un marketplace para que las empresas "
                        "que la forman publiquen ofertas y demandas entre ellas. La idea surgió en "
                        "las jornadas de networking de la comunidad: las empresas repetían que "
                        "querían trabajar con empresas cercanas, pero no sabían quién podía "
                        "ofrecerles lo que necesitaban.</p>"
                        "<p>El marketplace está en la sección de la comunidad de Tknika Hub y solo "
                        "las empresas que forman parte de ella pueden publicar anuncios. La "
                        "persona dinamizadora de la comunidad revisa cada anuncio antes de "
                        "publicarlo, para comprobar que el contenido es adecuado y que la empresa "
                        "es miembro. En las dos primeras semanas se han publicado más de 60 "
                        "anuncios. Más de la mitad se refieren a servicios técnicos: mecanizado, "
                        "diseño, instalaciones y mantenimiento.</p>"
                    ),
                ),
                ("heading", {"text": "Qué se puede publicar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Los anuncios pueden ser de tres tipos:</p>"
                        "<ul>"
                        "<li><strong>Servicios y productos:</strong> lo que una empresa ofrece a "
                        "otras, con condiciones especiales para la comunidad.</li>"
                        "<li><strong>Capacidad productiva:</strong> talleres con máquinas o "
                        "personal disponibles que pueden asumir trabajos de subcontratación.</li>"
                        "<li><strong>Demandas:</strong> necesidades de empresas que buscan un "
                        "proveedor, un socio o una colaboración.</li></ul>"
                        "<p>Por ejemplo, un taller de mecanizado de Eibar ha ofrecido dos días "
                        "libres a la semana en su fresadora, y un estudio de diseño de Donostia "
                        "busca un proveedor para fabricar envases. La relación entre las empresas "
                        "es directa: el marketplace facilita el contacto y el resto lo acuerdan "
                        "ellas mismas.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "La comunidad tiene más de 400 empresas, y muchas veces el proveedor "
                            "que necesitas está en el pueblo de al lado. El marketplace quiere "
                            "facilitar esa conexión, sin intermediarios y de forma sencilla."
                        ),
                        "attribution": "Amaia Zabala",
                        "role": "Dinamizadora de la comunidad Urratsbat",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Los anuncios son gratuitos y permanecen visibles durante tres meses; "
                        "después, la empresa puede renovarlos. La comunidad analizará los "
                        "resultados del primer año en verano e introducirá mejoras a partir de las "
                        "opiniones de sus miembros. Las empresas de Urratsbat que aún no forman "
                        "parte de la comunidad pueden escribir a su dirección de correo para "
                        "sumarse.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "The Urratsbat community launches its marketplace",
            "slug": "community-marketplace-launched",
            "lead": (
                "Community companies can now post offers and requests in a new space to find "
                "customers, suppliers and partners among themselves."
            ),
            "search_description": (
                "The Urratsbat community marketplace is live: member companies can offer and "
                "request services, products and production capacity."
            ),
            "image_alt": "Abstract illustration: a grid of violet squares",
            "tags": ["marketplace", "community", "companies"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat community has launched a marketplace where member "
                        "companies can post offers and requests for each other. The idea came out "
                        "of the community's networking days, where companies said time and again "
                        "that they wanted to work with businesses nearby but did not know who "
                        "could offer them what they needed.</p>"
                        "<p>The marketplace sits in the community section of Tknika Hub, and only "
                        "member companies can post listings. The community manager reviews every "
                        "listing before it goes live, to check that the content is appropriate and "
                        "that the company is a member. More than 60 listings were published in the "
                        "first two weeks. More than half relate to technical services: machining, "
                        "design, installations and maintenance.</p>"
                    ),
                ),
                ("heading", {"text": "What can be posted", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Listings can be of three kinds:</p>"
                        "<ul>"
                        "<li><strong>Services and products:</strong> what a company offers to "
                        "other businesses, with special terms for community members.</li>"
                        "<li><strong>Production capacity:</strong> workshops with spare machine "
                        "time or staff can take on subcontracted work.</li>"
                        "<li><strong>Requests:</strong> needs of companies looking for a supplier, "
                        "a partner or a collaborator.</li></ul>"
                        "<p>For example, a machine shop in Eibar has offered two free days a week "
                        "on its milling machine, and a design studio in Donostia is looking for a "
                        "supplier to manufacture packaging. Companies deal with each other "
                        "directly: the marketplace makes the introduction, and the rest is agreed "
                        "between them.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The community has more than 400 companies, and the supplier you need "
                            "is often in the next town. The marketplace is there to make that "
                            "connection easier, simply and without intermediaries."
                        ),
                        "attribution": "Amaia Zabala",
                        "role": "Urratsbat community manager",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Listings are free and stay visible for three months, after which "
                        "companies can renew them. The community will review the first year's "
                        "results next summer and make improvements based on members' feedback. "
                        "Urratsbat companies that have not yet joined the community can write to "
                        "its email address to sign up.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-cohort-2025-2026",
        "date": "2025-10-08",
        "categories": ["urratsbat"],
        "programmes": ["urratsbat"],
        "image": {"colour": "#ea580c", "motif": "steps"},
        "eu": {
            "title": "46 enpresa-proiektu berrik hasi dute Urratsbaten 2025-2026 ikasturtea",
            "slug": "urratsbat-2025-2026-proiektu-berriak",
            "lead": (
                "Lanbide Heziketako 25 ikastetxetako ekintzaileek hasierako jardunaldi batean "
                "ezagutu dute elkar, Tknikaren Errenteriako egoitzan."
            ),
            "search_description": (
                "Urratsbaten 2025-2026 ikasturtea abian da: 25 ikastetxetako 46 enpresa-proiektu, "
                "hasierako jardunaldia Tknikan eta lehen urratsak."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila laranja argiak",
            "tags": ["Urratsbat", "ikasturte berria", "ekintzaileak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat programak 46 enpresa-proiektu berri hartu ditu 2025-2026 "
                        "ikasturterako. Proiektu horiek Lanbide Heziketako 25 ikastetxetan "
                        "garatuko dira, eta 81 ekintzailek parte hartzen dute. Urrian egindako "
                        "hasierako jardunaldian, Tknikaren Errenteriako egoitzan, ekintzaileek "
                        "elkar ezagutu zuten eta programaren egutegia eta baliabideak aurkeztu "
                        "zitzaizkien.</p>"
                        "<p>Aurtengo taldean, proiektuen herenak baino gehiagok "
                        "industria-zerbitzuekin dute zerikusia, baina hazten ari dira beste arlo "
                        "batzuk ere: elikadura, osasuna eta zaintza, ikus-entzunezkoak eta kirola. "
                        "Lehen aldiz, bi ikastetxe berrik hartu dute parte programan, horien "
                        "artean Barakaldoko Nicolas Larburu LHIIk. Ekintzaileen % 40 emakumeak "
                        "dira, iaz baino bost puntu gehiago, eta batez besteko adina 25 urtekoa "
                        "da.</p>"
                    ),
                ),
                ("heading", {"text": "Ikasturtearen lehen hilabeteak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ekintzaile bakoitzak bere ikastetxeko ekintzailetza-arduradunarekin "
                        "egingo du lan, eta ikasturtearen lehen zatian hiru gai landuko dira:</p>"
                        "<ul>"
                        "<li><strong>Bezeroa ezagutzea:</strong> gutxienez hamar elkarrizketa "
                        "egitea bezero potentzialekin, proposamena egiaztatzeko.</li>"
                        "<li><strong>Negozio-eredua:</strong> balio-proposamena, prezioak eta "
                        "kostuak modu sinplean zehaztea.</li>"
                        "<li><strong>Lehen prototipoa:</strong> ikastetxeko tailerrak erabiliz, "
                        "produktuaren edo zerbitzuaren lehen bertsioa probatzea.</li></ul>"
                        "<p>Otsailean, proiektu guztiek aurrerapen-saio bat izango dute, beste "
                        "ikastetxe bateko dinamizatzaile baten eta komunitateko enpresa-sortzaile "
                        "baten aurrean. Saio horien helburua ez da proiektuak epaitzea, hurrengo "
                        "urratsetarako iritzi zintzoa ematea baizik.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gure proiektua azken urteko lan bat zen, eta orain benetako "
                            "bezeroekin hitz egiten hasi gara. Jardunaldian ikusi dugu ez gaudela "
                            "bakarrik: beste 80 lagun gure egoera berean daude."
                        ),
                        "attribution": "Ander Etxaniz",
                        "role": "Ekintzailea, Nicolas Larburu LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Iaz bezala, enpresa eratzen duten proiektuek ikastetxeko bulegoak eta "
                        "tailerrak erabiltzen jarraitu ahal izango dute, jarduera finkatu arte. "
                        "Horrez gain, aurten lehen aldiz, ekintzaile guztiak Urratsbat "
                        "komunitatearen ekitaldietara gonbidatuko dira hasieratik, enpresa sortu "
                        "aurretik ere beste enpresekin harremanak egiten has daitezen.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "46 nuevos proyectos empresariales inician el curso 2025-2026 en Urratsbat",
            "slug": "urratsbat-2025-2026-nuevos-proyectos",
            "lead": (
                "Las personas emprendedoras de 25 centros de FP se conocieron en una jornada de "
                "arranque celebrada en la sede de Tknika en Errenteria."
            ),
            "search_description": (
                "Arranca el curso 2025-2026 de Urratsbat: 46 proyectos empresariales de 25 centros "
                "de FP, jornada de inicio en Tknika y primeros pasos."
            ),
            "image_alt": "Ilustración abstracta: peldaños ascendentes de color naranja claro",
            "tags": ["Urratsbat", "nuevo curso", "personas emprendedoras"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El programa Urratsbat acoge 46 nuevos proyectos empresariales para el "
                        "curso 2025-2026. Se desarrollarán en 25 centros de FP y en ellos "
                        "participan 81 personas emprendedoras. En la jornada de arranque celebrada "
                        "en octubre en la sede de Tknika en Errenteria, las personas emprendedoras "
                        "se conocieron y se les presentaron el calendario y los recursos del "
                        "programa.</p>"
                        "<p>En el grupo de este año, más de un tercio de los proyectos están "
                        "relacionados con los servicios industriales, pero crecen también otros "
                        "ámbitos: alimentación, salud y cuidados, audiovisuales y deporte. Por "
                        "primera vez participan en el programa dos nuevos centros, entre ellos "
                        "Nicolas Larburu LHII, de Barakaldo. El 40 % de las personas emprendedoras "
                        "son mujeres, cinco puntos más que el año pasado, y la media de edad es de "
                        "25 años.</p>"
                    ),
                ),
                ("heading", {"text": "Los primeros meses del curso", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Cada persona emprendedora trabajará con la persona responsable de "
                        "emprendimiento de su centro, y en la primera parte del curso se abordarán "
                        "tres temas:</p>"
                        "<ul>"
                        "<li><strong>Conocer al cliente:</strong> hacer al menos diez entrevistas "
                        "con clientes potenciales para validar la propuesta.</li>"
                        "<li><strong>Modelo de negocio:</strong> definir de forma sencilla la "
                        "propuesta de valor, los precios y los costes.</li>"
                        "<li><strong>Primer prototipo:</strong> probar una primera versión del "
                        "producto o servicio utilizando los talleres del centro.</li></ul>"
                        "<p>En febrero, todos los proyectos tendrán una sesión de avance ante una "
                        "persona dinamizadora de otro centro y una fundadora o fundador de una "
                        "empresa de la comunidad. El objetivo de esas sesiones no es juzgar los "
                        "proyectos, sino ofrecer una opinión sincera para dar los siguientes "
                        "pasos.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Nuestro proyecto era un trabajo de último curso y ahora hemos "
                            "empezado a hablar con clientes de verdad. En la jornada hemos visto "
                            "que no estamos solos: otras 80 personas están en nuestra misma "
                            "situación."
                        ),
                        "attribution": "Ander Etxaniz",
                        "role": "Emprendedor, Nicolas Larburu LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Como el año pasado, los proyectos que constituyan empresa podrán "
                        "seguir utilizando las oficinas y talleres del centro hasta consolidar su "
                        "actividad. Además, este año por primera vez, todas las personas "
                        "emprendedoras estarán invitadas desde el principio a los eventos de la "
                        "comunidad Urratsbat, para que empiecen a relacionarse con otras empresas "
                        "incluso antes de constituir la suya.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "46 new business projects start the 2025-2026 year in Urratsbat",
            "slug": "urratsbat-2025-2026-new-projects",
            "lead": (
                "Entrepreneurs from 25 VET centres met each other at a kick-off day held at "
                "Tknika's premises in Errenteria."
            ),
            "search_description": (
                "The 2025-2026 Urratsbat year is under way: 46 business projects from 25 VET "
                "centres, a kick-off day at Tknika and the first steps."
            ),
            "image_alt": "Abstract illustration: light orange steps rising upwards",
            "tags": ["Urratsbat", "new academic year", "entrepreneurs"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat programme has taken on 46 new business projects for the "
                        "2025-2026 academic year. They will be developed in 25 VET centres and "
                        "involve 81 entrepreneurs. At the kick-off day held in October at Tknika's "
                        "premises in Errenteria, the entrepreneurs got to know each other and were "
                        "introduced to the programme's calendar and resources.</p>"
                        "<p>In this year's group, more than a third of the projects are linked to "
                        "industrial services, but other fields are also growing: food, health and "
                        "care, audiovisual production and sport. Two centres are taking part for "
                        "the first time, among them Nicolas Larburu LHII in Barakaldo. Women make "
                        "up 40% of the entrepreneurs, five points more than last year, and the "
                        "average age is 25.</p>"
                    ),
                ),
                ("heading", {"text": "The first months of the year", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Each entrepreneur will work with their centre's entrepreneurship "
                        "coordinator, and the first part of the year will focus on three areas:</p>"
                        "<ul>"
                        "<li><strong>Getting to know the customer:</strong> holding at least ten "
                        "interviews with potential customers to test the proposal.</li>"
                        "<li><strong>Business model:</strong> setting out the value proposition, "
                        "prices and costs in a simple way.</li>"
                        "<li><strong>First prototype:</strong> testing a first version of the "
                        "product or service using the centre's workshops.</li></ul>"
                        "<p>In February, every project will have a progress session with a "
                        "facilitator from another centre and the founder of a community company. "
                        "The aim of these sessions is not to judge the projects but to give honest "
                        "feedback on the next steps.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Our project started as a final-year assignment, and now we've begun "
                            "talking to real customers. At the kick-off day we saw that we're not "
                            "alone: another 80 people are in exactly the same position."
                        ),
                        "attribution": "Ander Etxaniz",
                        "role": "Entrepreneur, Nicolas Larburu LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>As last year, projects that go on to incorporate a company will be "
                        "able to keep using the centre's offices and workshops until their "
                        "business is established. And for the first time this year, all "
                        "entrepreneurs will be invited to Urratsbat community events from the "
                        "outset, so that they can start building relationships with other "
                        "companies even before setting up their own.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-food-egibide-bakery",
        "date": "2025-10-29",
        "categories": ["tkgune", "innovation"],
        "programmes": ["tkgune"],
        "image": {"colour": "#a16207", "motif": "waves"},
        "eu": {
            "title": (
                "Egibidek eta Gorbeia Okindegiak sentsoreekin kontrolatzen dute ore amaren "
                "hartzidura"
            ),
            "slug": "egibide-gorbeia-okindegia-hartzidura-sentsoreak",
            "lead": (
                "Gasteizko okindegi artisauak hondakinak % 30 murriztu ditu TKgune proiektu bati "
                "esker, hartzidura-ganberetako tenperatura eta hezetasuna neurtuz."
            ),
            "search_description": (
                "Egibidek eta Gorbeia Okindegia ETEak sentsoreak jarri dituzte ore amaren "
                "hartzidura kontrolatzeko, eta hondakinak % 30 murriztu dituzte."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin marroi argi leunak",
            "tags": ["elikadura", "Vitoria-Gasteiz", "sentsoreak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Gorbeia Okindegia Gasteizko okindegi artisau bat da, 20 langilekoa, "
                        "eta ore amarekin egindako ogia saltzen du bere hiru dendetan eta hiriko "
                        "jatetxeetan. Ore amaren hartzidura ezin da guztiz aurreikusi: tenperatura "
                        "edo hezetasuna pixka bat aldatzen denean, ogiaren emaitza ere aldatu "
                        "egiten da, eta sorta batzuk bota egin behar ziren. Gainera, okindegiak ez "
                        "zuen daturik arazoak noiz eta zergatik gertatzen ziren jakiteko.</p>"
                        "<p>Arazo horri aurre egiteko, okindegiak TKgune proiektu bat egin du "
                        "Egibiderekin. Ikastetxeko elikagaien industriako eta automatizazioko "
                        "irakasleek eta bost ikaslek elkarrekin egin dute lan, arlo bateko eta "
                        "besteko ezagutzak uztartuz. Garapen-fasea urtarriletik apirilera "
                        "bitartean egin zen, eta ikasleek obradorean bertan egin zituzten probak, "
                        "gaueko txandan ere bai.</p>"
                    ),
                ),
                ("heading", {"text": "Datuak okinaren eskura", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Proiektuak hiru emaitza nagusi utzi ditu:</p>"
                        "<ul>"
                        "<li><strong>Sentsore-sarea:</strong> hartzidura-ganberetan eta "
                        "obradorean, tenperatura eta hezetasuna minuturo neurtzen dituzten "
                        "sentsore merkeak.</li>"
                        "<li><strong>Abisuak:</strong> baldintzak tarte egokitik ateratzen "
                        "direnean, okinak abisu bat jasotzen du mugikorrean.</li>"
                        "<li><strong>Errezeta-fitxak:</strong> sorta bakoitzaren datuak eta "
                        "emaitza lotzen dituzten erregistroak, prozesua estandarizatzeko.</li></ul>"
                        "<p>Sei hilabeteko probaren ondoren, botatako ogi-kopurua % 30 jaitsi da, "
                        "eta gaueko txandako okinek lasaiago egiten dute lan, arazo bat dagoenean "
                        "garaiz jakiten baitute.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Okintza ofizioa da, eta ez genuen nahi makinak okinaren lekua "
                            "hartzea. Sentsoreek okinari laguntzen diote, ez ordezkatu. Orain "
                            "badakigu zergatik ateratzen den sorta bat ondo eta beste bat ez."
                        ),
                        "attribution": "Josu Aranburu",
                        "role": "Gorbeia Okindegiaren jabea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Egibiderentzat, proiektuak elikagaien industriako eta automatizazioko "
                        "zikloak lotzeko aukera eman du, eta ikasleek beste arlo bateko "
                        "ikaskideekin lan egiten ikasi dute. Sistemaren eskuliburua eta kodea "
                        "beste okindegi batzuen eskura jarriko dira, eta ikastetxea eskualdeko "
                        "beste bi ekoizlerekin ari da hitz egiten antzeko proiektuak abiatzeko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Egibide y Gorbeia Okindegia controlan con sensores la fermentación de la masa "
                "madre"
            ),
            "slug": "egibide-gorbeia-okindegia-fermentacion-sensores",
            "lead": (
                "La panadería artesana de Vitoria-Gasteiz ha reducido sus mermas un 30 % gracias a "
                "un proyecto TKgune que mide la temperatura y la humedad de las cámaras de "
                "fermentación."
            ),
            "search_description": (
                "Egibide y la pyme Gorbeia Okindegia instalan sensores para controlar la "
                "fermentación de la masa madre y reducen las mermas un 30 %."
            ),
            "image_alt": "Ilustración abstracta: ondas suaves de color marrón claro",
            "tags": ["alimentación", "Vitoria-Gasteiz", "sensores"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Gorbeia Okindegia es una panadería artesana de Vitoria-Gasteiz con 20 "
                        "personas en plantilla que vende pan de masa madre en sus tres tiendas y "
                        "en restaurantes de la ciudad. La fermentación de la masa madre no es del "
                        "todo previsible: cuando la temperatura o la humedad cambian un poco, el "
                        "resultado también cambia, y algunas hornadas había que tirarlas. Además, "
                        "la panadería no tenía datos para saber cuándo y por qué se producían los "
                        "problemas.</p>"
                        "<p>Para afrontar ese problema, la panadería ha desarrollado un proyecto "
                        "TKgune con Egibide. Profesorado de industria alimentaria y de "
                        "automatización del centro y cinco estudiantes han trabajado juntos, "
                        "combinando los conocimientos de ambos ámbitos. La fase de desarrollo se "
                        "llevó a cabo entre enero y abril, y el alumnado hizo las pruebas en el "
                        "propio obrador, también en el turno de noche.</p>"
                    ),
                ),
                ("heading", {"text": "Datos al alcance del panadero", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El proyecto ha dejado tres resultados principales:</p>"
                        "<ul>"
                        "<li><strong>Red de sensores:</strong> sensores de bajo coste que miden "
                        "cada minuto la temperatura y la humedad en las cámaras de fermentación y "
                        "en el obrador.</li>"
                        "<li><strong>Avisos:</strong> cuando las condiciones salen del rango "
                        "adecuado, la persona panadera recibe un aviso en el móvil.</li>"
                        "<li><strong>Fichas de receta:</strong> registros que relacionan los datos "
                        "de cada hornada con el resultado, para estandarizar el proceso.</li></ul>"
                        "<p>Tras seis meses de prueba, la cantidad de pan desechado ha bajado un "
                        "30 %, y el equipo del turno de noche trabaja más tranquilo, porque se "
                        "entera a tiempo cuando hay un problema.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "La panadería es un oficio, y no queríamos que las máquinas ocuparan "
                            "el lugar del panadero. Los sensores le ayudan, no le sustituyen. "
                            "Ahora sabemos por qué una hornada sale bien y otra no."
                        ),
                        "attribution": "Josu Aranburu",
                        "role": "Propietario de Gorbeia Okindegia",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Para Egibide, el proyecto ha permitido conectar los ciclos de "
                        "industria alimentaria y de automatización, y el alumnado ha aprendido a "
                        "trabajar con compañeros de otro ámbito. El manual y el código del sistema "
                        "se pondrán a disposición de otras panaderías, y el centro está hablando "
                        "con otros dos productores de la zona para poner en marcha proyectos "
                        "similares.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Egibide and Gorbeia Okindegia use sensors to monitor sourdough fermentation",
            "slug": "egibide-gorbeia-okindegia-fermentation-sensors",
            "lead": (
                "The artisan bakery in Vitoria-Gasteiz has cut waste by 30% thanks to a TKgune "
                "project that measures temperature and humidity in its proving rooms."
            ),
            "search_description": (
                "Egibide and the SME Gorbeia Okindegia have installed sensors to monitor sourdough "
                "fermentation, cutting waste by 30%."
            ),
            "image_alt": "Abstract illustration: soft light brown waves",
            "tags": ["food", "Vitoria-Gasteiz", "sensors"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Gorbeia Okindegia is a 20-employee artisan bakery in Vitoria-Gasteiz "
                        "that sells sourdough bread in its three shops and to restaurants across "
                        "the city. Sourdough fermentation is never entirely predictable: when the "
                        "temperature or humidity shifts slightly, so does the bread, and some "
                        "batches had to be thrown away. And the bakery had no data to tell when or "
                        "why problems occurred.</p>"
                        "<p>To tackle the problem, the bakery carried out a TKgune project with "
                        "Egibide. Food industry and automation teachers from the centre worked "
                        "together with five students, combining knowledge from both fields. The "
                        "development phase ran from January to April, and the students carried out "
                        "their tests in the bakehouse itself, including during the night shift.</p>"
                    ),
                ),
                ("heading", {"text": "Data in the baker's hands", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The project has delivered three main results:</p>"
                        "<ul>"
                        "<li><strong>Sensor network:</strong> low-cost sensors that measure "
                        "temperature and humidity every minute in the proving rooms and the "
                        "bakehouse.</li>"
                        "<li><strong>Alerts:</strong> when conditions move outside the right "
                        "range, the baker receives an alert on their phone.</li>"
                        "<li><strong>Recipe sheets:</strong> records linking each batch's data to "
                        "the result, to standardise the process.</li></ul>"
                        "<p>After six months of testing, the amount of bread thrown away has "
                        "fallen by 30%, and the night-shift bakers work with more peace of mind "
                        "because they find out in time when something goes wrong.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Baking is a craft, and we didn't want machines to take the baker's "
                            "place. The sensors help bakers; they don't replace them. Now we know "
                            "why one batch turns out well and another doesn't."
                        ),
                        "attribution": "Josu Aranburu",
                        "role": "Owner, Gorbeia Okindegia",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>For Egibide, the project has been a chance to connect its food "
                        "industry and automation programmes, and students have learned to work "
                        "with classmates from another field. The system's manual and code will be "
                        "made available to other bakeries, and the centre is in talks with two "
                        "more local producers about similar projects.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-tenth-anniversary",
        "date": "2025-11-20",
        "categories": ["community", "events"],
        "programmes": ["community", "urratsbat"],
        "image": {"colour": "#be185d", "motif": "circles"},
        "eu": {
            "title": "Urratsbat komunitateak hamar urte bete ditu, 400 enpresa baino gehiagorekin",
            "slug": "urratsbat-komunitatea-hamar-urte",
            "lead": (
                "Urteko topaketak 200 lagun bildu zituen Errenterian, programaren lehen urteetan "
                "sortutako enpresak eta aurten hasitakoak elkarren ondoan."
            ),
            "search_description": (
                "Urratsbat komunitateak hamar urte bete ditu: urteko topaketa Errenterian, 200 "
                "lagun, 400 enpresa baino gehiago eta lehen enpresen aitortza."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu arrosa gainjarriak",
            "tags": ["urteurrena", "komunitatea", "Errenteria"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitateak hamar urte bete ditu, eta urteko topaketa "
                        "berezia izan zen azaroaren 20an Tknikaren Errenteriako egoitzan. 200 "
                        "lagun inguru bildu ziren: programaren lehen urteetan enpresa sortu "
                        "zutenak, aurten hasi diren ekintzaileak, ikastetxeetako dinamizatzaileak "
                        "eta komunitatearen lankide diren erakundeetako ordezkariak.</p>"
                        "<p>Hamar urteotan, 400 enpresa baino gehiago sortu dira Lanbide "
                        "Heziketako ikastetxeetan Urratsbaten bidez. Komunitateak egindako "
                        "azterketaren arabera, bost urte lehenago sortutako enpresen % 68 martxan "
                        "dago oraindik, eta enpresa horiek 1.100 lanpostu inguru sortu dituzte "
                        "guztira. Sektore aldetik, industria-zerbitzuak dira nagusi, baina gero "
                        "eta enpresa gehiago daude zaintzaren, elikaduraren eta sormen-industrien "
                        "arloetan.</p>"
                    ),
                ),
                ("heading", {"text": "Lehen enpresen aitortza", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Topaketan, programaren lehen bi urteetan sortu eta gaur egun martxan "
                        "jarraitzen duten hamabi enpresari aitortza egin zitzaien. Haien artean "
                        "daude:</p>"
                        "<ul>"
                        "<li><strong>Zurgai Diseinua:</strong> Don Bosco LHIIn sortutako "
                        "altzari-diseinuko estudioa, gaur egun zortzi langilekoa.</li>"
                        "<li><strong>Kalda Instalazioak:</strong> Iurreta LHIIko ikasle ohiek "
                        "sortutako instalazio termikoen enpresa.</li>"
                        "<li><strong>Arkupe Bideoak:</strong> Easo Politeknikoan jaiotako "
                        "ikus-entzunezko ekoiztetxea.</li></ul>"
                        "<p>Enpresa bakoitzeko ordezkari batek kontatu zuen nola hasi zen eta zer "
                        "ekarri dion komunitateak urteotan. Ekitaldian, gainera, hamar urteko "
                        "ibilbidea biltzen duen erakusketa txiki bat ikusi ahal izan zen, enpresen "
                        "argazki eta produktuekin.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "2015ean ikastetxeko bulego txiki batean hasi ginen, mahai bat eta "
                            "ordenagailu bat genituela. Komunitateak bezeroak, bazkideak eta, "
                            "batez ere, lagunak eman dizkigu. Hemen ikasi dugu ez dagoela bakarrik "
                            "hazi beharrik."
                        ),
                        "attribution": "Edurne Agirrezabala",
                        "role": "Zurgai Diseinuaren sortzailekidea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Topaketaren bigarren zatian, datozen urteetarako erronkak eztabaidatu "
                        "ziren talde txikietan: enpresen arteko lankidetza sendotzea, "
                        "belaunaldi-aldaketa eta nazioartera irteteko laguntza. Ondorioak "
                        "komunitatearen 2026ko plana egiteko erabiliko dira, eta urte hasieran "
                        "aurkeztuko zaizkie kideei.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "La comunidad Urratsbat cumple diez años con más de 400 empresas",
            "slug": "comunidad-urratsbat-diez-anos",
            "lead": (
                "El encuentro anual reunió en Errenteria a 200 personas, con empresas creadas en "
                "los primeros años del programa junto a las que han empezado este curso."
            ),
            "search_description": (
                "La comunidad Urratsbat cumple diez años: encuentro anual en Errenteria, 200 "
                "personas, más de 400 empresas y reconocimiento a las pioneras."
            ),
            "image_alt": "Ilustración abstracta: círculos rosas superpuestos",
            "tags": ["aniversario", "comunidad", "Errenteria"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La comunidad Urratsbat cumple diez años, y su encuentro anual del 20 "
                        "de noviembre en la sede de Tknika en Errenteria fue especial. Se "
                        "reunieron unas 200 personas: quienes crearon su empresa en los primeros "
                        "años del programa, las personas emprendedoras que han empezado este "
                        "curso, dinamizadoras y dinamizadores de los centros y representantes de "
                        "entidades colaboradoras de la comunidad.</p>"
                        "<p>En estos diez años se han creado más de 400 empresas en centros de FP "
                        "a través de Urratsbat. Según un estudio de la propia comunidad, el 68 % "
                        "de las empresas creadas hace cinco años sigue en activo, y en conjunto "
                        "han generado unos 1.100 puestos de trabajo. Por sectores, predominan los "
                        "servicios industriales, pero cada vez hay más empresas en los ámbitos de "
                        "los cuidados, la alimentación y las industrias creativas.</p>"
                    ),
                ),
                ("heading", {"text": "Reconocimiento a las primeras empresas", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>En el encuentro se reconoció a doce empresas creadas en los dos "
                        "primeros años del programa que siguen hoy en activo. Entre ellas "
                        "están:</p>"
                        "<ul>"
                        "<li><strong>Zurgai Diseinua:</strong> estudio de diseño de mobiliario "
                        "nacido en Don Bosco LHII, que hoy cuenta con ocho personas.</li>"
                        "<li><strong>Kalda Instalazioak:</strong> empresa de instalaciones "
                        "térmicas creada por antiguos alumnos de Iurreta LHII.</li>"
                        "<li><strong>Arkupe Bideoak:</strong> productora audiovisual nacida en "
                        "Easo Politeknikoa.</li></ul>"
                        "<p>Una persona de cada empresa contó cómo empezó y qué le ha aportado la "
                        "comunidad en estos años. Durante el acto se pudo ver además una pequeña "
                        "exposición sobre los diez años de trayectoria, con fotografías y "
                        "productos de las empresas.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "En 2015 empezamos en una pequeña oficina del centro, con una mesa y "
                            "un ordenador. La comunidad nos ha dado clientes, socios y, sobre "
                            "todo, amigos. Aquí hemos aprendido que no hace falta crecer en "
                            "solitario."
                        ),
                        "attribution": "Edurne Agirrezabala",
                        "role": "Cofundadora de Zurgai Diseinua",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>En la segunda parte del encuentro se debatieron en grupos pequeños los "
                        "retos de los próximos años: reforzar la colaboración entre empresas, el "
                        "relevo generacional y el apoyo a la internacionalización. Las "
                        "conclusiones servirán para elaborar el plan 2026 de la comunidad, que se "
                        "presentará a sus miembros a principios de año.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "The Urratsbat community turns ten with more than 400 companies",
            "slug": "urratsbat-community-ten-years",
            "lead": (
                "The annual meeting brought 200 people together in Errenteria, with companies "
                "founded in the programme's early years alongside those that started this year."
            ),
            "search_description": (
                "The Urratsbat community turns ten: annual meeting in Errenteria, 200 people, more "
                "than 400 companies and recognition for the pioneers."
            ),
            "image_alt": "Abstract illustration: overlapping pink circles",
            "tags": ["anniversary", "community", "Errenteria"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat community is ten years old, and its annual meeting on 20 "
                        "November at Tknika's premises in Errenteria was a special one. Around 200 "
                        "people attended: founders who set up their companies in the programme's "
                        "early years, entrepreneurs who started this year, facilitators from the "
                        "centres and representatives of organisations that work with the "
                        "community.</p>"
                        "<p>Over these ten years, more than 400 companies have been created in VET "
                        "centres through Urratsbat. According to a study by the community, 68% of "
                        "the companies set up five years ago are still trading, and together they "
                        "have created around 1,100 jobs. Industrial services dominate, but a "
                        "growing number of companies work in care, food and the creative "
                        "industries.</p>"
                    ),
                ),
                ("heading", {"text": "Recognition for the first companies", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The meeting recognised twelve companies founded in the programme's "
                        "first two years that are still in business today. They include:</p>"
                        "<ul>"
                        "<li><strong>Zurgai Diseinua:</strong> a furniture design studio born at "
                        "Don Bosco LHII that now employs eight people.</li>"
                        "<li><strong>Kalda Instalazioak:</strong> a heating and cooling "
                        "installation company set up by former students of Iurreta LHII.</li>"
                        "<li><strong>Arkupe Bideoak:</strong> a video production company founded "
                        "at Easo Politeknikoa.</li></ul>"
                        "<p>A representative of each company described how it started and what the "
                        "community has given it over the years. A small exhibition charting the "
                        "ten years, with photographs and products from the companies, was also on "
                        "display.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "In 2015 we started out in a small office at the centre with one desk "
                            "and one computer. The community has given us customers, partners and, "
                            "above all, friends. This is where we learned that you don't have to "
                            "grow on your own."
                        ),
                        "attribution": "Edurne Agirrezabala",
                        "role": "Co-founder, Zurgai Diseinua",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>In the second part of the meeting, small groups discussed the "
                        "challenges for the years ahead: strengthening cooperation between "
                        "companies, business succession and support for going international. The "
                        "conclusions will feed into the community's 2026 plan, which will be "
                        "presented to members early in the new year.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-awards-2025",
        "date": "2025-12-11",
        "categories": ["urratsbat", "events"],
        "programmes": ["urratsbat"],
        "companies": ["ibai-sensors", "lurgarbi-robotics"],
        "image": {"colour": "#b91c1c", "motif": "steps"},
        "eu": {
            "title": "Urratsbat sariak 2025: Ibai Sensors, urteko enpresa",
            "slug": "urratsbat-sariak-2025-ibai-sensors",
            "lead": (
                "Egibiden egindako ekitaldian, hiru enpresa saritu ziren: Ibai Sensors, Lurgarbi "
                "Robotics eta Etxean Zaintza."
            ),
            "search_description": (
                "Urratsbat sariak 2025: Ibai Sensors urteko enpresa, Lurgarbi Robotics "
                "berrikuntza-saria eta Etxean Zaintza eragin sozialeko saria."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila gorriak",
            "tags": ["sariak", "Urratsbat", "Vitoria-Gasteiz"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat programaren urteko sariak abenduaren 11n banatu ziren "
                        "Egibiden, Gasteizen. Ekitaldian 150 lagun inguru izan ziren, eta azken bi "
                        "urteetan sortutako 31 enpresak aurkeztu zuten beren hautagaitza. "
                        "Epaimahaian komunitateko enpresa-sortzaileak, ikastetxeetako ordezkariak "
                        "eta bi enpresa-elkartetako kideak egon ziren. Aurten, lehen aldiz, "
                        "ekitaldia zuzenean eman zen Interneten, eta beste 300 lagunek jarraitu "
                        "zuten.</p>"
                        "<p>Epaimahaiak hiru irizpide hartu zituen kontuan: proiektuaren "
                        "bideragarritasuna eta hazkundea, berrikuntza-maila eta inguruan duen "
                        "eragina. Hautagaitza guztiek aurkezpen labur bat egin zuten azaroan, eta "
                        "hiru finalista aukeratu ziren kategoria bakoitzean. Finalistek aurretik "
                        "mentoretza-saio bat izan zuten, beren aurkezpena prestatzeko.</p>"
                    ),
                ),
                ("heading", {"text": "Aurtengo sarituak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Hauek dira 2025eko sarituak:</p>"
                        "<ul>"
                        "<li><strong>Urteko enpresa, Ibai Sensors (Iurreta LHII):</strong> "
                        "ibaietako eta industria-isurketetako uraren kalitatea neurtzeko "
                        "sentsoreak egiten ditu, eta bi urtean sei langilera iritsi da.</li>"
                        "<li><strong>Berrikuntza-saria, Lurgarbi Robotics (Usurbil LHII):</strong> "
                        "negutegietako belar txarrak herbizidarik gabe kentzeko robota.</li>"
                        "<li><strong>Eragin sozialeko saria, Etxean Zaintza (Don Bosco "
                        "LHII):</strong> adinekoei etxean laguntzeko zerbitzua, "
                        "erizaintza-laguntzaileek sortua.</li></ul>"
                        "<p>Saridunek 3.000 euroko saria eta komunitateko enpresa baten urtebeteko "
                        "mentoretza jasoko dituzte. Gainerako finalistek ere mentoretza-saioak "
                        "jasoko dituzte.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Iurretan hasi ginen, ikastetxeko laborategia erabiliz gure lehen "
                            "sentsoreak probatzeko. Sari hau irakasle, dinamizatzaile eta bezero "
                            "guztiena da, haiek sinetsi baitzuten gugan inork ezagutzen ez "
                            "gintuenean."
                        ),
                        "attribution": "Oihane Urkiola",
                        "role": "Ibai Sensorsen sortzailekidea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Ekitaldia amaitzeko, Jon Arregi programaren koordinatzaileak urteko "
                        "datuak laburbildu zituen, eta eskerrak eman zizkien ikastetxeetako "
                        "ekintzailetza-arduradunei. Hurrengo edizioaren hautagaitzak 2026ko urrian "
                        "aurkeztu ahal izango dira. Horrez gain, finalista guztiak komunitatearen "
                        "hurrengo sare-jardunaldira gonbidatuko dira, beren produktuak eta "
                        "zerbitzuak aurkezteko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Premios Urratsbat 2025: Ibai Sensors, empresa del año",
            "slug": "premios-urratsbat-2025-ibai-sensors",
            "lead": (
                "En el acto celebrado en Egibide se premió a tres empresas: Ibai Sensors, Lurgarbi "
                "Robotics y Etxean Zaintza."
            ),
            "search_description": (
                "Premios Urratsbat 2025: Ibai Sensors, empresa del año; Lurgarbi Robotics, premio "
                "a la innovación; Etxean Zaintza, premio al impacto social."
            ),
            "image_alt": "Ilustración abstracta: peldaños rojos ascendentes",
            "tags": ["premios", "Urratsbat", "Vitoria-Gasteiz"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Los premios anuales del programa Urratsbat se entregaron el 11 de "
                        "diciembre en Egibide, en Vitoria-Gasteiz. Al acto asistieron unas 150 "
                        "personas, y 31 empresas creadas en los dos últimos años presentaron su "
                        "candidatura. El jurado estuvo formado por fundadoras y fundadores de "
                        "empresas de la comunidad, representantes de los centros y miembros de dos "
                        "asociaciones empresariales. Este año, por primera vez, el acto se "
                        "retransmitió en directo por internet y lo siguieron otras 300 "
                        "personas.</p>"
                        "<p>El jurado tuvo en cuenta tres criterios: la viabilidad y el "
                        "crecimiento del proyecto, su grado de innovación y su impacto en el "
                        "entorno. Todas las candidaturas hicieron una breve presentación en "
                        "noviembre, y se eligieron tres finalistas en cada categoría. Las empresas "
                        "finalistas tuvieron antes una sesión de mentoría para preparar su "
                        "presentación.</p>"
                    ),
                ),
                ("heading", {"text": "Las empresas premiadas este año", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Estas son las empresas premiadas en 2025:</p>"
                        "<ul>"
                        "<li><strong>Empresa del año, Ibai Sensors (Iurreta LHII):</strong> "
                        "fabrica sensores para medir la calidad del agua en ríos y vertidos "
                        "industriales, y en dos años ha llegado a seis personas en plantilla.</li>"
                        "<li><strong>Premio a la innovación, Lurgarbi Robotics (Usurbil "
                        "LHII):</strong> robot que elimina las malas hierbas de los invernaderos "
                        "sin herbicidas.</li>"
                        "<li><strong>Premio al impacto social, Etxean Zaintza (Don Bosco "
                        "LHII):</strong> servicio de apoyo a personas mayores en su domicilio, "
                        "creado por técnicas en cuidados auxiliares de enfermería.</li></ul>"
                        "<p>Las empresas premiadas recibirán 3.000 euros y un año de mentoría de "
                        "una empresa de la comunidad. El resto de finalistas también recibirá "
                        "sesiones de mentoría.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Empezamos en Iurreta, usando el laboratorio del centro para probar "
                            "nuestros primeros sensores. Este premio es de todo el profesorado, "
                            "las personas dinamizadoras y los clientes que creyeron en nosotras "
                            "cuando nadie nos conocía."
                        ),
                        "attribution": "Oihane Urkiola",
                        "role": "Cofundadora de Ibai Sensors",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Para cerrar el acto, el coordinador del programa, Jon Arregi, resumió "
                        "los datos del año y dio las gracias a las personas responsables de "
                        "emprendimiento de los centros. Las candidaturas para la próxima edición "
                        "podrán presentarse en octubre de 2026. Además, todas las finalistas "
                        "estarán invitadas a la próxima jornada de networking de la comunidad para "
                        "presentar sus productos y servicios.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Urratsbat Awards 2025: Ibai Sensors named company of the year",
            "slug": "urratsbat-awards-2025-ibai-sensors",
            "lead": (
                "Three companies received awards at the ceremony held at Egibide: Ibai Sensors, "
                "Lurgarbi Robotics and Etxean Zaintza."
            ),
            "search_description": (
                "Urratsbat Awards 2025: Ibai Sensors, company of the year; Lurgarbi Robotics, "
                "innovation award; Etxean Zaintza, social impact award."
            ),
            "image_alt": "Abstract illustration: red steps rising upwards",
            "tags": ["awards", "Urratsbat", "Vitoria-Gasteiz"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat programme's annual awards were presented on 11 December "
                        "at Egibide in Vitoria-Gasteiz. Around 150 people attended, and 31 "
                        "companies founded in the past two years entered. The jury was made up of "
                        "founders of community companies, representatives of the centres and "
                        "members of two business associations. This year, for the first time, the "
                        "ceremony was streamed live online and followed by another 300 people.</p>"
                        "<p>The jury considered three criteria: the project's viability and "
                        "growth, its level of innovation and its impact on the local area. All the "
                        "entrants gave a short presentation in November, and three finalists were "
                        "chosen in each category. Finalists had a mentoring session beforehand to "
                        "prepare their pitch.</p>"
                    ),
                ),
                ("heading", {"text": "This year's winners", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The 2025 winners are:</p>"
                        "<ul>"
                        "<li><strong>Company of the year, Ibai Sensors (Iurreta LHII):</strong> "
                        "makes sensors to measure water quality in rivers and industrial "
                        "discharges, and has grown to six employees in two years.</li>"
                        "<li><strong>Innovation award, Lurgarbi Robotics (Usurbil LHII):</strong> "
                        "a robot that removes weeds from greenhouses without herbicides.</li>"
                        "<li><strong>Social impact award, Etxean Zaintza (Don Bosco "
                        "LHII):</strong> a home support service for older people, set up by "
                        "qualified nursing care assistants.</li></ul>"
                        "<p>The winners will receive 3,000 euros and a year of mentoring from a "
                        "community company. The other finalists will also receive mentoring "
                        "sessions.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We started out in Iurreta, using the centre's lab to test our first "
                            "sensors. This award belongs to all the teachers, facilitators and "
                            "customers who believed in us when nobody knew who we were."
                        ),
                        "attribution": "Oihane Urkiola",
                        "role": "Co-founder, Ibai Sensors",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>To close the ceremony, programme coordinator Jon Arregi summarised the "
                        "year's figures and thanked the entrepreneurship coordinators at the "
                        "centres. Entries for the next edition will open in October 2026. All the "
                        "finalists will also be invited to the community's next networking day to "
                        "present their products and services.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-call-2026",
        "date": "2026-01-20",
        "categories": ["tkgune"],
        "programmes": ["tkgune"],
        "image": {"colour": "#0f766e", "motif": "grid"},
        "eu": {
            "title": (
                "TKgune 2026 deialdia: proiektu laburrak eta zibersegurtasuna, berrikuntza nagusiak"
            ),
            "slug": "tkgune-2026-deialdia",
            "lead": (
                "Aurtengo deialdiak hiru hilabete baino gutxiagoko proiektuak onartzen ditu "
                "enpresa txikienentzat, eta zibersegurtasun industriala gehitu du lehentasunen "
                "artean."
            ),
            "search_description": (
                "TKgune 2026 deialdia irekita dago martxoaren 20ra arte: proiektu laburrak ETE "
                "txikientzat eta zibersegurtasun industriala lehentasunen artean."
            ),
            "image_alt": "Ilustrazio abstraktua: lauki berde urdinxken sareta",
            "tags": ["TKgune", "deialdia", "zibersegurtasuna"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>TKgune programaren 2026ko deialdia irekita dago, eta Lanbide "
                        "Heziketako ikastetxeek martxoaren 20ra arte aurkez ditzakete ETEekin "
                        "batera egin nahi dituzten berrikuntza-proiektuak. Iazko deialdian 86 "
                        "proiektu onartu ziren 33 ikastetxetan, eta 90 ETE baino gehiagok hartu "
                        "zuten parte. Proiektu horietan 400 ikasle inguruk hartu zuten parte, "
                        "irakasleen gidaritzapean.</p>"
                        "<p>Aurten bi berrikuntza nagusi ditu deialdiak. Batetik, proiektu "
                        "laburren modalitatea sortu da: hiru hilabete baino gutxiagoko proiektuak, "
                        "arazo zehatz bati erantzuteko eta hamar langile baino gutxiagoko "
                        "enpresentzat pentsatuak. Bestetik, zibersegurtasun industriala gehitu da "
                        "lehentasunezko ildoen artean, fabrikazio aurreratuarekin, energiarekin, "
                        "elikadurarekin eta digitalizazioarekin batera.</p>"
                    ),
                ),
                ("heading", {"text": "Zergatik proiektu laburrak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Azken urteetako esperientziak erakutsi du enpresa txikienek "
                        "zailtasunak dituztela bederatzi hilabeteko proiektu bati eusteko. "
                        "Proiektu laburrek beste bide bat eskaintzen dute:</p>"
                        "<ul>"
                        "<li><strong>Erronka mugatua:</strong> arazo bakarra eta neurtzeko moduko "
                        "emaitza bat, hasieratik adostua.</li>"
                        "<li><strong>Izapide gutxiago:</strong> eskaera-orri sinpleagoa eta "
                        "ebazpen azkarragoa, hilabete batean.</li>"
                        "<li><strong>Jarraipena:</strong> emaitza onak dituzten proiektuek "
                        "proiektu oso bihurtzeko aukera izango dute hurrengo deialdian.</li></ul>"
                        "<p>Zibersegurtasunari dagokionez, proiektuek industria-sareen "
                        "diagnostikoa eta oinarrizko babes-neurriak landu ahal izango dituzte, "
                        "enpresaren ekoizpena geldiarazi gabe.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Lau langileko tailer batek ere izan dezake hobetzeko zerbait, baina "
                            "ezin dio urtebete eman proiektu bati. Proiektu laburrekin ate hori "
                            "ireki nahi dugu, eta ikastetxe gehiagok izan dezatela beren inguruko "
                            "enpresa txikiekin lan egiteko aukera."
                        ),
                        "attribution": "Miren Etxeberria",
                        "role": "TKgune programaren koordinatzailea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Deialdiaren oinarriak eta eskaera-orriak programaren atalean daude. "
                        "TKguneko lantaldeak, sei ikastetxetako kideek osatuak, bi saio irekiko "
                        "ditu otsailean, zalantzak argitzeko eta proiektu-ideiak lantzeko. Lehen "
                        "aldiz aurkezten diren ikastetxeek laguntza pertsonalizatua eska dezakete "
                        "proposamena prestatzeko. Ebazpena apirilaren amaieran argitaratuko da.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Convocatoria TKgune 2026: proyectos cortos y ciberseguridad, las principales "
                "novedades"
            ),
            "slug": "convocatoria-tkgune-2026",
            "lead": (
                "La convocatoria de este año admite proyectos de menos de tres meses para las "
                "empresas más pequeñas e incorpora la ciberseguridad industrial entre sus "
                "prioridades."
            ),
            "search_description": (
                "Abierta la convocatoria TKgune 2026 hasta el 20 de marzo: proyectos cortos para "
                "pequeñas pymes y ciberseguridad industrial entre las prioridades."
            ),
            "image_alt": "Ilustración abstracta: cuadrícula de cuadrados verde azulado",
            "tags": ["TKgune", "convocatoria", "ciberseguridad"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Ya está abierta la convocatoria 2026 del programa TKgune, y los "
                        "centros de FP pueden presentar hasta el 20 de marzo los proyectos de "
                        "innovación que quieren desarrollar con pymes. En la convocatoria del año "
                        "pasado se aprobaron 86 proyectos en 33 centros, con la participación de "
                        "más de 90 pymes. En esos proyectos participaron cerca de 400 estudiantes, "
                        "guiados por el profesorado.</p>"
                        "<p>Este año la convocatoria trae dos novedades principales. Por un lado, "
                        "se crea la modalidad de proyectos cortos: proyectos de menos de tres "
                        "meses, pensados para responder a un problema concreto en empresas de "
                        "menos de diez personas. Por otro, la ciberseguridad industrial se "
                        "incorpora a las líneas prioritarias, junto a la fabricación avanzada, la "
                        "energía, la alimentación y la digitalización.</p>"
                    ),
                ),
                ("heading", {"text": "Por qué proyectos cortos", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La experiencia de los últimos años ha demostrado que a las empresas "
                        "más pequeñas les cuesta sostener un proyecto de nueve meses. Los "
                        "proyectos cortos ofrecen otro camino:</p>"
                        "<ul>"
                        "<li><strong>Reto acotado:</strong> un único problema y un resultado "
                        "medible, acordados desde el principio.</li>"
                        "<li><strong>Menos trámites:</strong> un formulario más sencillo y una "
                        "resolución más rápida, en un mes.</li>"
                        "<li><strong>Continuidad:</strong> los proyectos con buenos resultados "
                        "podrán convertirse en proyectos completos en la siguiente "
                        "convocatoria.</li></ul>"
                        "<p>En cuanto a la ciberseguridad, los proyectos podrán trabajar el "
                        "diagnóstico de las redes industriales y las medidas básicas de "
                        "protección, sin detener la producción de la empresa.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Un taller de cuatro personas también puede tener algo que mejorar, "
                            "pero no puede dedicar un año a un proyecto. Con los proyectos cortos "
                            "queremos abrir esa puerta y que más centros puedan trabajar con las "
                            "pequeñas empresas de su entorno."
                        ),
                        "attribution": "Miren Etxeberria",
                        "role": "Coordinadora del programa TKgune",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Las bases y los formularios de solicitud están disponibles en la "
                        "sección del programa. El grupo de trabajo de TKgune, formado por personas "
                        "de seis centros, abrirá dos sesiones en febrero para resolver dudas y "
                        "trabajar ideas de proyecto. Los centros que se presentan por primera vez "
                        "pueden pedir apoyo personalizado para preparar su propuesta. La "
                        "resolución se publicará a finales de abril.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "TKgune 2026 call: short projects and cybersecurity are the main new features",
            "slug": "tkgune-2026-call",
            "lead": (
                "This year's call accepts projects of under three months for the smallest "
                "companies and adds industrial cybersecurity to its priorities."
            ),
            "search_description": (
                "The TKgune 2026 call is open until 20 March: short projects for small SMEs, and "
                "industrial cybersecurity among the priorities."
            ),
            "image_alt": "Abstract illustration: a grid of teal squares",
            "tags": ["TKgune", "call for projects", "cybersecurity"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The 2026 call for the TKgune programme is now open, and VET centres "
                        "have until 20 March to submit the innovation projects they want to carry "
                        "out with SMEs. Last year's call approved 86 projects in 33 centres, "
                        "involving more than 90 SMEs. Around 400 students took part in those "
                        "projects under their teachers' guidance.</p>"
                        "<p>This year's call brings two main changes. First, a new short-project "
                        "format has been created: projects lasting less than three months, "
                        "designed to solve one specific problem in companies with fewer than ten "
                        "employees. Second, industrial cybersecurity has been added to the "
                        "priority areas, alongside advanced manufacturing, energy, food and "
                        "digitalisation.</p>"
                    ),
                ),
                ("heading", {"text": "Why short projects", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Experience in recent years has shown that the smallest companies find "
                        "it hard to sustain a nine-month project. Short projects offer another "
                        "route:</p>"
                        "<ul>"
                        "<li><strong>A focused challenge:</strong> a single problem and a "
                        "measurable result, agreed from the outset.</li>"
                        "<li><strong>Less paperwork:</strong> a simpler application form and a "
                        "faster decision, within a month.</li>"
                        "<li><strong>Continuity:</strong> projects with good results can become "
                        "full projects in the following call.</li></ul>"
                        "<p>On cybersecurity, projects will be able to cover the assessment of "
                        "industrial networks and basic protection measures, without halting the "
                        "company's production.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "A four-person workshop can also have something to improve, but it "
                            "can't devote a year to a project. With short projects we want to open "
                            "that door, so that more centres can work with the small companies "
                            "around them."
                        ),
                        "attribution": "Miren Etxeberria",
                        "role": "TKgune programme coordinator",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The guidelines and application forms are available on the programme "
                        "page. The TKgune working group, made up of people from six centres, will "
                        "hold two open sessions in February to answer questions and help develop "
                        "project ideas. Centres applying for the first time can request one-to-one "
                        "support to prepare their proposal. Decisions will be published at the end "
                        "of April.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-first-year-module",
        "date": "2026-02-10",
        "categories": ["esm"],
        "programmes": ["esm", "urratsbat"],
        "image": {"colour": "#2563eb", "motif": "waves"},
        "eu": {
            "title": "ESMk modulu berri bat du enpresen lehen urtean laguntzeko",
            "slug": "esm-modulu-berria-enpresen-lehen-urtea",
            "lead": (
                "Dinamizatzaileen eskaerari erantzunez, prestakuntza berriak diruzaintza, lehen "
                "kontratazioak eta prezioen berrikuspena lantzen ditu, kasu errealekin."
            ),
            "search_description": (
                "ESM prestakuntzak modulu berria du enpresen lehen urterako: diruzaintza, lehen "
                "kontratazioak eta prezioak, 18 dinamizatzailerekin probatua."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin urdin leunak",
            "tags": ["ESM", "prestakuntza", "enpresa berriak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>ESM prestakuntzak bosgarren modulu bat du aurtengo ikasturtetik "
                        "aurrera, enpresa eratu ondorengo lehen urtean ekintzaileei laguntzeko. "
                        "Modulua ESM dinamizatzaileen 2025eko topaketan adostu zen, dinamizatzaile "
                        "askok adierazi baitzuten enpresa sortu ondoren sortzen zirela zalantzarik "
                        "handienak, eta ordurako prestakuntzak ez zuela fase hori jorratzen.</p>"
                        "<p>Moduluaren lehen edizioa otsailean hasi da, hamalau ikastetxetako 18 "
                        "dinamizatzailerekin. Sei saio ditu, bi hilabetean banatuta: hiru "
                        "presentzialak dira, Tknikaren Errenteriako egoitzan, eta beste hiruak "
                        "linean, ikastetxeetako ordutegiarekin bateragarriak izan daitezen. "
                        "Parte-hartzaileen erdiak baino gehiago enpresa eratu berri bati laguntzen "
                        "ari dira gaur egun beren ikastetxeko bulegoetan, eta kasu horiek "
                        "erabiliko dira saioetan.</p>"
                    ),
                ),
                ("heading", {"text": "Lehen urteko hiru gai nagusiak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Moduluak enpresa berrien hiru kezka ohikoenak jorratzen ditu:</p>"
                        "<ul>"
                        "<li><strong>Diruzaintza:</strong> kobratzeko eta ordaintzeko epeak, "
                        "zergak aurreikustea eta hiru hilabeterako diruzaintza-plan sinple bat "
                        "egitea.</li>"
                        "<li><strong>Lehen kontratazioak:</strong> noiz den unea, zer kontratu "
                        "mota aukeratu eta nola egin lehen langilearen harrera.</li>"
                        "<li><strong>Prezioen berrikuspena:</strong> lehen bezeroekin ezarritako "
                        "prezioak benetako kostuekin alderatzea eta, behar denean, "
                        "zuzentzea.</li></ul>"
                        "<p>Saio bakoitzean, komunitateko enpresa-sortzaile batek bere "
                        "esperientzia kontatzen du, eta dinamizatzaileek tresna praktiko bat "
                        "lantzen dute gero beren ekintzaileekin erabiltzeko.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ekintzaileek esaten digute zailena ez dela enpresa sortzea, lehen "
                            "urtean bizirik irautea baizik. Modulu honekin, dinamizatzaileek "
                            "tresna zehatzak izango dituzte une horretan ere ondoan egoteko."
                        ),
                        "attribution": "Xabier Olano",
                        "role": "ESM prestakuntzaren arduraduna",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Lehen edizioaren ondoren, moduluaren materialak berrikusi egingo dira "
                        "parte-hartzaileen iritziekin, eta udazkenetik aurrera ESM ibilbide "
                        "osoaren parte izango da. Lehendik ibilbidea egina duten dinamizatzaileek "
                        "ere modulu hau bakarrik egiteko aukera izango dute. Horrez gain, moduluko "
                        "tresnak Urratsbat komunitatearen prestakuntza-saioetan ere erabiliko "
                        "dira, enpresa-sortzaileek zuzenean baliatu ahal izan ditzaten.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "ESM incorpora un nuevo módulo para acompañar el primer año de las empresas",
            "slug": "esm-nuevo-modulo-primer-ano-empresas",
            "lead": (
                "A petición de las personas dinamizadoras, la nueva formación aborda la tesorería, "
                "las primeras contrataciones y la revisión de precios con casos reales."
            ),
            "search_description": (
                "La formación ESM estrena un módulo sobre el primer año de las empresas: "
                "tesorería, primeras contrataciones y precios, probado con 18 dinamizadores."
            ),
            "image_alt": "Ilustración abstracta: ondas suaves de color azul",
            "tags": ["ESM", "formación", "empresas nuevas"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La formación ESM cuenta desde este curso con un quinto módulo para "
                        "acompañar a las personas emprendedoras durante el primer año tras "
                        "constituir su empresa. El módulo se acordó en el encuentro de personas "
                        "dinamizadoras ESM de 2025, porque muchas señalaron que las mayores dudas "
                        "surgían después de crear la empresa y que la formación no cubría hasta "
                        "entonces esa fase.</p>"
                        "<p>La primera edición del módulo arrancó en febrero con 18 personas "
                        "dinamizadoras de catorce centros. Consta de seis sesiones repartidas en "
                        "dos meses: tres presenciales, en la sede de Tknika en Errenteria, y otras "
                        "tres en línea, para que sean compatibles con el horario de los centros. "
                        "Más de la mitad de las personas participantes acompañan hoy a alguna "
                        "empresa recién constituida en las oficinas de su centro, y esos casos se "
                        "utilizarán en las sesiones.</p>"
                    ),
                ),
                ("heading", {"text": "Los tres grandes temas del primer año", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El módulo aborda las tres preocupaciones más habituales de las "
                        "empresas nuevas:</p>"
                        "<ul>"
                        "<li><strong>Tesorería:</strong> plazos de cobro y pago, previsión de "
                        "impuestos y un plan de tesorería sencillo a tres meses.</li>"
                        "<li><strong>Primeras contrataciones:</strong> cuándo es el momento, qué "
                        "tipo de contrato elegir y cómo acoger a la primera persona "
                        "contratada.</li>"
                        "<li><strong>Revisión de precios:</strong> comparar los precios fijados "
                        "con los primeros clientes con los costes reales y corregirlos cuando haga "
                        "falta.</li></ul>"
                        "<p>En cada sesión, una fundadora o fundador de una empresa de la "
                        "comunidad cuenta su experiencia, y las personas dinamizadoras trabajan "
                        "una herramienta práctica para usarla después con sus emprendedores.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Las personas emprendedoras nos dicen que lo más difícil no es crear "
                            "la empresa, sino sobrevivir al primer año. Con este módulo, quienes "
                            "dinamizan tendrán herramientas concretas para acompañarlas también en "
                            "ese momento."
                        ),
                        "attribution": "Xabier Olano",
                        "role": "Responsable de la formación ESM",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Tras la primera edición, los materiales del módulo se revisarán con "
                        "las opiniones de las personas participantes y, a partir del otoño, "
                        "formará parte del itinerario ESM completo. Las personas dinamizadoras que "
                        "ya han hecho el itinerario también podrán cursar solo este módulo. "
                        "Además, las herramientas del módulo se utilizarán también en las sesiones "
                        "formativas de la comunidad Urratsbat, para que las personas fundadoras "
                        "puedan aprovecharlas directamente.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "ESM adds a new module on supporting companies in their first year",
            "slug": "esm-new-module-first-year-companies",
            "lead": (
                "In response to facilitators' requests, the new training covers cash flow, first "
                "hires and price reviews, using real cases."
            ),
            "search_description": (
                "ESM training adds a module on a company's first year: cash flow, first hires and "
                "pricing, piloted with 18 facilitators."
            ),
            "image_alt": "Abstract illustration: soft blue waves",
            "tags": ["ESM", "training", "new companies"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>From this academic year, ESM training includes a fifth module to help "
                        "facilitators support entrepreneurs during the first year after "
                        "incorporating their company. The module was agreed at the 2025 meeting of "
                        "ESM facilitators, where many pointed out that the biggest questions arose "
                        "after the company had been set up, a stage the training had not covered "
                        "until then.</p>"
                        "<p>The first edition of the module began in February with 18 facilitators "
                        "from fourteen centres. It consists of six sessions over two months: three "
                        "in person at Tknika's premises in Errenteria and three online, so that "
                        "they fit around the centres' timetables. More than half of the "
                        "participants are currently supporting a newly incorporated company based "
                        "in their centre's offices, and those cases will be used in the "
                        "sessions.</p>"
                    ),
                ),
                ("heading", {"text": "Three big themes of the first year", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The module tackles the three most common concerns of new companies:</p>"
                        "<ul>"
                        "<li><strong>Cash flow:</strong> payment terms for customers and "
                        "suppliers, planning for taxes and a simple three-month cash flow "
                        "forecast.</li>"
                        "<li><strong>First hires:</strong> when the time is right, which type of "
                        "contract to choose and how to welcome the first employee.</li>"
                        "<li><strong>Price reviews:</strong> comparing the prices agreed with the "
                        "first customers against real costs, and adjusting them where "
                        "needed.</li></ul>"
                        "<p>In each session, the founder of a community company shares their "
                        "experience, and facilitators work on a practical tool they can then use "
                        "with their entrepreneurs.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Entrepreneurs tell us that the hardest part isn't setting up the "
                            "company but surviving the first year. With this module, facilitators "
                            "will have concrete tools to stand by them at that stage too."
                        ),
                        "attribution": "Xabier Olano",
                        "role": "ESM training lead",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>After the first edition, the module's materials will be revised based "
                        "on participants' feedback, and from the autumn it will become part of the "
                        "full ESM course. Facilitators who have already completed the course will "
                        "also be able to take this module on its own. The module's tools will also "
                        "be used in the Urratsbat community's training sessions, so that founders "
                        "can use them directly.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-digital-txorierri",
        "date": "2026-02-25",
        "categories": ["tkgune", "innovation"],
        "programmes": ["tkgune"],
        "image": {"colour": "#0e7490", "motif": "network"},
        "eu": {
            "title": (
                "Txorierri LHIIk ekoizpen-datuak denbora errealean ikusten lagundu dio Arteaga "
                "Mekanikari"
            ),
            "slug": "txorierri-arteaga-mekanika-ekoizpen-datuak",
            "lead": (
                "Kostu txikiko gailuekin eta panel sinple batekin, Derioko tailerrak badaki orain "
                "makina bakoitza zenbat denboran dagoen lanean eta zergatik gelditzen den."
            ),
            "search_description": (
                "Txorierri LHIIk eta Arteaga Mekanika ETEak ekoizpen-datuak biltzeko sistema bat "
                "jarri dute TKgune proiektu batean: makinen erabilera % 12 hobetu da."
            ),
            "image_alt": "Ilustrazio abstraktua: lotutako puntu zian koloreko sarea",
            "tags": ["digitalizazioa", "Derio", "industria 4.0"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Arteaga Mekanika Derioko enpresa bat da, 25 langilekoa, eta "
                        "altzairuzko eta aluminiozko piezak mekanizatzen ditu aeronautikarako eta "
                        "energiarako. Hamalau makina ditu, eta orain arte ekoizpenaren jarraipena "
                        "paperean egiten zen: operadoreek orri batean idazten zituzten "
                        "geldialdiak, eta datu horiek astean behin sartzen ziren kalkulu-orri "
                        "batean.</p>"
                        "<p>Informazio hori beranduegi iristen zen erabakiak hartzeko, eta askotan "
                        "osatu gabe. Horregatik, enpresak TKgune proiektu bat abiatu zuen "
                        "Txorierri LHIIrekin 2025eko udazkenean, ekoizpen-datuak automatikoki "
                        "biltzeko eta denbora errealean ikusteko. Proiektuaren lehen urratsa "
                        "tailerreko operadoreekin hitz egitea izan zen, sistemak haien lana "
                        "zailtzen ez zuela ziurtatzeko.</p>"
                    ),
                ),
                ("heading", {"text": "Kostu txikiko digitalizazioa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Ikastetxeko automatizazio eta sare informatikoetako irakasleek eta sei "
                        "ikaslek diseinatu dute sistema, hiru osagairekin:</p>"
                        "<ul>"
                        "<li><strong>Gailuak:</strong> makina bakoitzean, seinale elektrikoak "
                        "irakurtzen dituen kostu txikiko txartel bat, makina lanean, geldirik edo "
                        "alarman dagoen jakiteko.</li>"
                        "<li><strong>Ukipen-pantailak:</strong> operadoreak botoi bakar batekin "
                        "adierazten du geldialdiaren arrazoia.</li>"
                        "<li><strong>Panela:</strong> tailerreko pantaila handi batean eta "
                        "bulegoko ordenagailuetan, makina guztien egoera eta eguneko "
                        "adierazleak.</li></ul>"
                        "<p>Proiektuak, gainera, oinarrizko zibersegurtasun-neurriak ezarri ditu: "
                        "ekoizpen-sarea bulegoko saretik bereizi da, eta sarbideak erregistratu "
                        "egiten dira.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Lehen uste genuen makinak % 80an zeudela lanean; datuek % 64 esan "
                            "ziguten. Hori jakin eta gero, material faltak eta tresna-aldaketak "
                            "antolatu ditugu berriro, eta lehen hiru hilabeteetan makinen "
                            "erabilera % 12 hobetu da."
                        ),
                        "attribution": "Aitor Bilbao",
                        "role": "Ekoizpen-arduraduna, Arteaga Mekanika",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sistemaren kostua 6.000 euro ingurukoa izan da, merkatuko irtenbide "
                        "komertzialen zati txiki bat. Txorierri LHIIk sistemaren bigarren bertsio "
                        "bat muntatu du ikastetxeko tailerrean, eta automatizazioko eta sareetako "
                        "ikasleek elkarrekin erabiltzen dute praktiketan. Ikastetxea eskualdeko "
                        "beste bi ETErekin ari da hitz egiten, proiektu labur gisa antzeko "
                        "sistemak jartzeko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Txorierri LHII ayuda a Arteaga Mekanika a ver sus datos de producción en tiempo "
                "real"
            ),
            "slug": "txorierri-arteaga-mekanika-datos-produccion",
            "lead": (
                "Con dispositivos de bajo coste y un panel sencillo, el taller de Derio sabe ahora "
                "cuánto tiempo trabaja cada máquina y por qué se para."
            ),
            "search_description": (
                "Txorierri LHII y la pyme Arteaga Mekanika implantan un sistema de captura de "
                "datos de producción en un proyecto TKgune: un 12 % más de uso de máquinas."
            ),
            "image_alt": "Ilustración abstracta: red de puntos cian conectados",
            "tags": ["digitalización", "Derio", "industria 4.0"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Arteaga Mekanika es una empresa de Derio con 25 personas en plantilla "
                        "que mecaniza piezas de acero y aluminio para los sectores aeronáutico y "
                        "energético. Tiene catorce máquinas y, hasta ahora, el seguimiento de la "
                        "producción se hacía en papel: las personas operarias anotaban las paradas "
                        "en una hoja, y esos datos se pasaban una vez a la semana a una hoja de "
                        "cálculo.</p>"
                        "<p>Esa información llegaba demasiado tarde para tomar decisiones, y a "
                        "menudo incompleta. Por eso, la empresa puso en marcha en otoño de 2025 un "
                        "proyecto TKgune con Txorierri LHII para recoger los datos de producción "
                        "de forma automática y verlos en tiempo real. El primer paso del proyecto "
                        "fue hablar con las personas operarias del taller, para asegurarse de que "
                        "el sistema no les complicaba el trabajo.</p>"
                    ),
                ),
                ("heading", {"text": "Digitalización de bajo coste", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Profesorado de automatización y de redes informáticas del centro y "
                        "seis estudiantes han diseñado el sistema, que tiene tres componentes:</p>"
                        "<ul>"
                        "<li><strong>Dispositivos:</strong> en cada máquina, una tarjeta de bajo "
                        "coste que lee señales eléctricas para saber si la máquina está "
                        "trabajando, parada o en alarma.</li>"
                        "<li><strong>Pantallas táctiles:</strong> la persona operaria indica con "
                        "un solo botón el motivo de la parada.</li>"
                        "<li><strong>Panel:</strong> en una pantalla grande del taller y en los "
                        "ordenadores de la oficina, el estado de todas las máquinas y los "
                        "indicadores del día.</li></ul>"
                        "<p>El proyecto ha implantado además medidas básicas de ciberseguridad: la "
                        "red de producción se ha separado de la red de oficina y los accesos "
                        "quedan registrados.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Antes creíamos que las máquinas estaban trabajando el 80 % del "
                            "tiempo; los datos nos dijeron que el 64 %. Sabiendo eso, hemos "
                            "reorganizado las faltas de material y los cambios de herramienta, y "
                            "en los tres primeros meses el uso de las máquinas ha mejorado un 12 %."
                        ),
                        "attribution": "Aitor Bilbao",
                        "role": "Responsable de producción, Arteaga Mekanika",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>El coste del sistema ha rondado los 6.000 euros, una pequeña parte de "
                        "lo que cuestan las soluciones comerciales. Txorierri LHII ha montado una "
                        "segunda versión del sistema en el taller del centro, que el alumnado de "
                        "automatización y de redes utiliza conjuntamente en sus prácticas. El "
                        "centro está hablando con otras dos pymes de la comarca para instalar "
                        "sistemas similares como proyectos cortos.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Txorierri LHII helps Arteaga Mekanika see its production data in real time",
            "slug": "txorierri-arteaga-mekanika-production-data",
            "lead": (
                "With low-cost devices and a simple dashboard, the Derio machine shop now knows "
                "how long each machine is running and why it stops."
            ),
            "search_description": (
                "Txorierri LHII and the SME Arteaga Mekanika set up a production data system in a "
                "TKgune project, raising machine utilisation by 12%."
            ),
            "image_alt": "Abstract illustration: a network of connected cyan dots",
            "tags": ["digitalisation", "Derio", "Industry 4.0"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Arteaga Mekanika is a 25-employee company in Derio that machines steel "
                        "and aluminium parts for the aerospace and energy sectors. It has fourteen "
                        "machines, and until recently production was tracked on paper: operators "
                        "wrote down stoppages on a sheet, and the data was typed into a "
                        "spreadsheet once a week.</p>"
                        "<p>That information arrived too late to act on, and was often incomplete. "
                        "So in autumn 2025 the company launched a TKgune project with Txorierri "
                        "LHII to collect production data automatically and display it in real "
                        "time. The first step was to talk to the shop-floor operators, to make "
                        "sure the system would not make their work harder.</p>"
                    ),
                ),
                ("heading", {"text": "Low-cost digitalisation", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Automation and computer networking teachers from the centre and six "
                        "students designed the system, which has three components:</p>"
                        "<ul>"
                        "<li><strong>Devices:</strong> a low-cost board on each machine that reads "
                        "electrical signals to tell whether the machine is running, idle or in "
                        "alarm.</li>"
                        "<li><strong>Touch screens:</strong> operators record the reason for a "
                        "stoppage with a single button.</li>"
                        "<li><strong>Dashboard:</strong> on a large screen in the workshop and on "
                        "office computers, the status of every machine and the day's "
                        "indicators.</li></ul>"
                        "<p>The project has also put basic cybersecurity measures in place: the "
                        "production network has been separated from the office network, and all "
                        "access is logged.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We used to think our machines were running 80% of the time; the data "
                            "told us it was 64%. Knowing that, we've reorganised how we handle "
                            "material shortages and tool changes, and machine utilisation has "
                            "improved by 12% in the first three months."
                        ),
                        "attribution": "Aitor Bilbao",
                        "role": "Production manager, Arteaga Mekanika",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The system cost around 6,000 euros, a fraction of the price of "
                        "commercial solutions. Txorierri LHII has built a second version of the "
                        "system in the centre's workshop, which automation and networking students "
                        "use together in their practical classes. The centre is in talks with two "
                        "more local SMEs about installing similar systems as short projects.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-export-workshop-bergara",
        "date": "2026-03-18",
        "categories": ["community", "events"],
        "programmes": ["community"],
        "image": {"colour": "#9333ea", "motif": "waves"},
        "eu": {
            "title": (
                "Komunitateko 35 enpresak nazioartera irteteko lehen urratsak landu dituzte "
                "Bergaran"
            ),
            "slug": "komunitatea-nazioartekotze-tailerra-bergara",
            "lead": (
                "Miguel Altuna LHIIn egindako enpresa-garapeneko saioan, esportatzen ari diren bi "
                "enpresak beren esperientzia partekatu zuten, eta parte-hartzaileek beren plana "
                "zirriborratu zuten."
            ),
            "search_description": (
                "Urratsbat komunitatearen nazioartekotze-tailerra Miguel Altuna LHIIn: 35 enpresa, "
                "esportatzen duten enpresen esperientziak eta lan-plan praktikoa."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin more leunak",
            "tags": ["nazioartekotzea", "komunitatea", "Bergara"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitateko 35 enpresa bildu ziren martxoaren 18an Miguel "
                        "Altuna LHIIn, Bergaran, nazioartera irteteko lehen urratsak lantzeko. "
                        "Saioa komunitatearen enpresa-garapeneko programaren barruan antolatu zen, "
                        "2025eko urteko topaketan kideek lehentasunezko gaien artean aukeratu "
                        "ondoren. Parte-hartzaileen artean industria-zerbitzuetako, diseinuko, "
                        "elikadurako eta software-garapeneko enpresak zeuden.</p>"
                        "<p>Parte hartu zuten enpresa gehienek hiru eta zortzi urte artean "
                        "daramatzate martxan, eta dagoeneko badute bezero finkorik Euskadin. "
                        "Haietako batzuek noizbehinka saldu dute atzerrira, baina gutxik dute plan "
                        "egituratu bat. Saioaren helburua ez zen esportazioan adituak sortzea, "
                        "zentzuzko lehen urrats bat ematen laguntzea baizik.</p>"
                    ),
                ),
                ("heading", {"text": "Esperientzia, tresnak eta plan bat", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Egun osoko saioa hiru zatitan antolatu zen:</p>"
                        "<ul>"
                        "<li><strong>Bi enpresaren esperientzia:</strong> Armeria Eskolan "
                        "sortutako tresnagintza-enpresa batek eta Easo Politeknikoan sortutako "
                        "bideo-ekoiztetxe batek kontatu zuten nola iritsi ziren lehen bezero "
                        "atzerritarrengana.</li>"
                        "<li><strong>Tresna praktikoak:</strong> merkatua aukeratzea, azoketan "
                        "parte hartzea, nazioarteko kobrantzak eta laguntza publikoak.</li>"
                        "<li><strong>Lan-plana:</strong> enpresa bakoitzak bere lehen urteko plan "
                        "sinple bat zirriborratu zuen, aholkulari baten laguntzarekin.</li></ul>"
                        "<p>Planak aurkeztu zituzten enpresei banakako jarraipen-saio bat "
                        "eskainiko zaie datozen hilabeteetan.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gure lehen bezero atzerritarra Frantziako azoka batean ezagutu "
                            "genuen, ia kasualitatez. Gaur kontatu dudana da hurrengo aldian ez "
                            "nukeela kasualitatearen esku utziko: merkatu bat aukeratu, ondo "
                            "prestatu eta jarraitu."
                        ),
                        "attribution": "Iker Larrañaga",
                        "role": "Ekintzailea, Armeria Eskola",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Enpresa-garapeneko programak beste bi saio izango ditu aurten: bata "
                        "finantzaketari buruzkoa, maiatzean, eta bestea belaunaldi-aldaketari eta "
                        "bazkide berriei buruzkoa, urrian. Saioak doakoak dira komunitateko "
                        "kideentzat, eta izena emateko komunitatearen helbide elektronikora idatzi "
                        "behar da. Saio bakoitzaren materialak komunitateko kide guztien eskura "
                        "jarriko dira gero.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "35 empresas de la comunidad trabajan en Bergara sus primeros pasos hacia el "
                "exterior"
            ),
            "slug": "comunidad-taller-internacionalizacion-bergara",
            "lead": (
                "En la sesión de desarrollo empresarial celebrada en Miguel Altuna LHII, dos "
                "empresas que ya exportan compartieron su experiencia y las participantes "
                "esbozaron su propio plan."
            ),
            "search_description": (
                "Taller de internacionalización de la comunidad Urratsbat en Miguel Altuna LHII: "
                "35 empresas, experiencias de empresas exportadoras y un plan práctico."
            ),
            "image_alt": "Ilustración abstracta: ondas suaves de color morado",
            "tags": ["internacionalización", "comunidad", "Bergara"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Treinta y cinco empresas de la comunidad Urratsbat se reunieron el 18 "
                        "de marzo en Miguel Altuna LHII, en Bergara, para trabajar sus primeros "
                        "pasos hacia el exterior. La sesión se organizó dentro del programa de "
                        "desarrollo empresarial de la comunidad, después de que sus miembros la "
                        "eligieran entre los temas prioritarios en el encuentro anual de 2025. "
                        "Entre las participantes había empresas de servicios industriales, diseño, "
                        "alimentación y desarrollo de software.</p>"
                        "<p>La mayoría de las empresas participantes llevan entre tres y ocho años "
                        "en marcha y ya cuentan con clientes estables en Euskadi. Algunas han "
                        "vendido fuera de forma puntual, pero pocas tienen un plan estructurado. "
                        "El objetivo de la sesión no era formar a especialistas en exportación, "
                        "sino ayudar a dar un primer paso con sentido.</p>"
                    ),
                ),
                ("heading", {"text": "Experiencia, herramientas y un plan", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>La sesión, de una jornada completa, se organizó en tres partes:</p>"
                        "<ul>"
                        "<li><strong>La experiencia de dos empresas:</strong> una empresa de "
                        "utillaje nacida en Armeria Eskola y una productora de vídeo creada en "
                        "Easo Politeknikoa contaron cómo llegaron a sus primeros clientes "
                        "extranjeros.</li>"
                        "<li><strong>Herramientas prácticas:</strong> elección de mercado, "
                        "participación en ferias, cobros internacionales y ayudas públicas.</li>"
                        "<li><strong>Plan de trabajo:</strong> cada empresa esbozó un plan "
                        "sencillo para su primer año, con el apoyo de una persona "
                        "asesora.</li></ul>"
                        "<p>Las empresas que presentaron su plan recibirán una sesión individual "
                        "de seguimiento en los próximos meses.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Conocimos a nuestro primer cliente extranjero en una feria en "
                            "Francia, casi por casualidad. Lo que he contado hoy es que la próxima "
                            "vez no lo dejaría en manos de la casualidad: elegir un mercado, "
                            "prepararlo bien y hacer seguimiento."
                        ),
                        "attribution": "Iker Larrañaga",
                        "role": "Emprendedor, Armeria Eskola",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>El programa de desarrollo empresarial tendrá este año otras dos "
                        "sesiones: una sobre financiación, en mayo, y otra sobre relevo "
                        "generacional y entrada de nuevos socios, en octubre. Las sesiones son "
                        "gratuitas para los miembros de la comunidad, y para inscribirse hay que "
                        "escribir a la dirección de correo de la comunidad. Los materiales de cada "
                        "sesión se pondrán después a disposición de todos los miembros de la "
                        "comunidad.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "35 community companies work on their first steps abroad in Bergara",
            "slug": "community-export-workshop-bergara",
            "lead": (
                "At the business development session held at Miguel Altuna LHII, two companies "
                "that already export shared their experience and participants sketched out their "
                "own plans."
            ),
            "search_description": (
                "Urratsbat community export workshop at Miguel Altuna LHII: 35 companies, lessons "
                "from exporting firms and a practical first-year plan."
            ),
            "image_alt": "Abstract illustration: soft purple waves",
            "tags": ["internationalisation", "community", "Bergara"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Thirty-five Urratsbat community companies met at Miguel Altuna LHII in "
                        "Bergara on 18 March to work on their first steps into international "
                        "markets. The session was part of the community's business development "
                        "programme, after members chose the topic as one of their priorities at "
                        "the 2025 annual meeting. Participants included companies in industrial "
                        "services, design, food and software development.</p>"
                        "<p>Most of the participating companies have been trading for between "
                        "three and eight years and already have regular customers in the Basque "
                        "Country. Some have made occasional sales abroad, but few have a "
                        "structured plan. The aim of the session was not to turn anyone into an "
                        "export specialist, but to help them take a sensible first step.</p>"
                    ),
                ),
                ("heading", {"text": "Experience, tools and a plan", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The full-day session was organised in three parts:</p>"
                        "<ul>"
                        "<li><strong>Two companies' experience:</strong> a tooling company founded "
                        "at Armeria Eskola and a video production company set up at Easo "
                        "Politeknikoa described how they found their first customers abroad.</li>"
                        "<li><strong>Practical tools:</strong> choosing a market, taking part in "
                        "trade fairs, international payments and public support.</li>"
                        "<li><strong>Work plan:</strong> each company drafted a simple plan for "
                        "its first year, with help from an adviser.</li></ul>"
                        "<p>Companies that presented a plan will be offered an individual "
                        "follow-up session in the coming months.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We met our first overseas customer at a trade fair in France, almost "
                            "by chance. What I said today is that next time I wouldn't leave it to "
                            "chance: pick a market, prepare properly and follow up."
                        ),
                        "attribution": "Iker Larrañaga",
                        "role": "Entrepreneur, Armeria Eskola",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The business development programme will hold two more sessions this "
                        "year: one on funding in May, and another on business succession and "
                        "bringing in new partners in October. Sessions are free for community "
                        "members, who can sign up by writing to the community's email address. The "
                        "materials from each session will then be made available to all community "
                        "members.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-additive-armeria",
        "date": "2026-04-15",
        "categories": ["tkgune", "innovation"],
        "programmes": ["tkgune"],
        "image": {"colour": "#4b5563", "motif": "grid"},
        "eu": {
            "title": (
                "Moldeak 3D inprimaketaz: Armeria Eskolak eta Kalamua Tresneriak zikloa laburtu "
                "dute"
            ),
            "slug": "fabrikazio-gehigarria-armeria-kalamua",
            "lead": (
                "Metalezko 3D inprimaketaz egindako txertaketek, barneko hozte-kanalekin, % 22 "
                "murriztu dute plastikozko pieza baten injekzio-zikloa."
            ),
            "search_description": (
                "Armeria Eskolak eta Kalamua Tresneria ETEak 3D inprimatutako txertaketak probatu "
                "dituzte moldeetan TKgune proiektu batean: zikloa % 22 laburragoa."
            ),
            "image_alt": "Ilustrazio abstraktua: lauki grisen sareta",
            "tags": ["fabrikazio aurreratua", "Eibar", "3D inprimaketa"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Kalamua Tresneria Eibarko tresnagintza-enpresa bat da, 18 langilekoa, "
                        "eta plastikozko piezak injektatzeko moldeak diseinatu eta fabrikatzen "
                        "ditu etxetresna elektrikoen eta automobilgintzaren sektoreetarako. Bere "
                        "bezeroek gero eta gehiago eskatzen dute ziklo laburragoa, eta horretarako "
                        "gakoetako bat moldearen hoztea da: pieza zenbat eta azkarrago hoztu, "
                        "orduan eta lehenago atera daiteke.</p>"
                        "<p>Ohiko zulaketarekin, hozte-kanalek lerro zuzenak izan behar dute, eta "
                        "ezin dira piezaren forma konplexuetara egokitu. Metalezko fabrikazio "
                        "gehigarriak, ordea, forma horri jarraitzen dioten barne-kanalak egiteko "
                        "aukera ematen du. Aukera hori probatzeko, enpresak TKgune proiektu bat "
                        "egin du Armeria Eskolarekin.</p>"
                    ),
                ),
                ("heading", {"text": "Diseinutik probara", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Proiektuak zortzi hilabete iraun ditu, eta hiru fase izan ditu:</p>"
                        "<ul>"
                        "<li><strong>Simulazioa:</strong> ikastetxeko irakasleek eta bi ikaslek "
                        "moldearen hoztea simulatu zuten, kanalen diseinu onena aukeratzeko.</li>"
                        "<li><strong>Fabrikazioa:</strong> bi txertaketa inprimatu ziren "
                        "ikastetxeko metal-inprimagailuan, eta gero mekanizatu eta leundu egin "
                        "ziren.</li>"
                        "<li><strong>Probak:</strong> txertaketak enpresaren molde batean muntatu "
                        "eta 20.000 ziklo baino gehiagotan probatu ziren.</li></ul>"
                        "<p>Emaitzek erakutsi dute injekzio-zikloa % 22 laburtu dela, eta piezen "
                        "deformazioa ere murriztu egin dela, hozte orekatuagoari esker. Txertaketa "
                        "bakoitzaren kostua ohikoa baino handiagoa da, baina enpresak kalkulatu du "
                        "40.000 pieza baino gehiagoko sortetan berreskuratzen dela.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ikastetxeak ezagutza eta makina eman ditu, guk ezin izango genukeen "
                            "arriskurik hartu bakarrik. Orain badakigu zein piezatan merezi duen "
                            "eta zeinetan ez, eta hori bezeroei eskaini ahal diegu."
                        ),
                        "attribution": "Eneko Lasa",
                        "role": "Kalamua Tresneriako ingeniaritza-arduraduna",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Enpresak teknologia hori eskaintzen hasiko da bere bezeroei, forma "
                        "konplexuko piezetarako. Armeria Eskolak, bestalde, fabrikazio gehigarriko "
                        "ikastaro berri bat prestatu du industria-enpresetako langileentzat, "
                        "proiektuan ikasitakoan oinarrituta, eta kasua mekanizazioko eta diseinuko "
                        "zikloetan erabiliko du.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Fabricación aditiva en moldes: Armeria Eskola y Kalamua Tresneria acortan el ciclo"
            ),
            "slug": "fabricacion-aditiva-armeria-kalamua",
            "lead": (
                "Los insertos fabricados por impresión 3D en metal, con canales de refrigeración "
                "internos, han reducido un 22 % el ciclo de inyección de una pieza de plástico."
            ),
            "search_description": (
                "Armeria Eskola y la pyme Kalamua Tresneria prueban insertos impresos en 3D para "
                "moldes en un proyecto TKgune: ciclo de inyección un 22 % más corto."
            ),
            "image_alt": "Ilustración abstracta: cuadrícula de cuadrados grises",
            "tags": ["fabricación avanzada", "Eibar", "impresión 3D"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Kalamua Tresneria es una empresa de utillaje de Eibar con 18 personas "
                        "en plantilla que diseña y fabrica moldes de inyección de piezas de "
                        "plástico para los sectores del electrodoméstico y la automoción. Sus "
                        "clientes piden cada vez ciclos más cortos, y una de las claves para "
                        "conseguirlo es la refrigeración del molde: cuanto antes se enfría la "
                        "pieza, antes se puede extraer.</p>"
                        "<p>Con el taladrado convencional, los canales de refrigeración tienen que "
                        "ser rectos y no pueden adaptarse a las formas complejas de la pieza. La "
                        "fabricación aditiva en metal, en cambio, permite hacer canales internos "
                        "que siguen esa forma. Para probar esa posibilidad, la empresa ha "
                        "desarrollado un proyecto TKgune con Armeria Eskola.</p>"
                    ),
                ),
                ("heading", {"text": "Del diseño a la prueba", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El proyecto ha durado ocho meses y ha tenido tres fases:</p>"
                        "<ul>"
                        "<li><strong>Simulación:</strong> profesorado del centro y dos estudiantes "
                        "simularon la refrigeración del molde para elegir el mejor diseño de "
                        "canales.</li>"
                        "<li><strong>Fabricación:</strong> se imprimieron dos insertos en la "
                        "impresora de metal del centro, que después se mecanizaron y pulieron.</li>"
                        "<li><strong>Pruebas:</strong> los insertos se montaron en un molde de la "
                        "empresa y se probaron durante más de 20.000 ciclos.</li></ul>"
                        "<p>Los resultados muestran que el ciclo de inyección se ha acortado un 22 "
                        "% y que la deformación de las piezas también se ha reducido, gracias a "
                        "una refrigeración más equilibrada. Cada inserto cuesta más que uno "
                        "convencional, pero la empresa calcula que la diferencia se recupera en "
                        "series de más de 40.000 piezas.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "El centro ha puesto el conocimiento y la máquina, y un riesgo que no "
                            "habríamos podido asumir solos. Ahora sabemos en qué piezas merece la "
                            "pena y en cuáles no, y eso se lo podemos ofrecer a nuestros clientes."
                        ),
                        "attribution": "Eneko Lasa",
                        "role": "Responsable de ingeniería de Kalamua Tresneria",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>La empresa empezará a ofrecer esta tecnología a sus clientes para "
                        "piezas de geometría compleja. Armeria Eskola, por su parte, ha preparado "
                        "un nuevo curso de fabricación aditiva para personal de empresas "
                        "industriales a partir de lo aprendido en el proyecto, y utilizará el caso "
                        "en los ciclos de mecanizado y de diseño.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Additive manufacturing for moulds: Armeria Eskola and Kalamua Tresneria cut cycle "
                "times"
            ),
            "slug": "additive-manufacturing-armeria-kalamua",
            "lead": (
                "Metal 3D-printed inserts with internal cooling channels have cut the injection "
                "cycle of a plastic part by 22%."
            ),
            "search_description": (
                "Armeria Eskola and the SME Kalamua Tresneria test 3D-printed mould inserts in a "
                "TKgune project, making the injection cycle 22% shorter."
            ),
            "image_alt": "Abstract illustration: a grid of grey squares",
            "tags": ["advanced manufacturing", "Eibar", "3D printing"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Kalamua Tresneria is an 18-employee toolmaker in Eibar that designs "
                        "and builds injection moulds for plastic parts for the household appliance "
                        "and automotive sectors. Its customers increasingly ask for shorter cycle "
                        "times, and one of the keys to achieving them is mould cooling: the faster "
                        "a part cools, the sooner it can be ejected.</p>"
                        "<p>With conventional drilling, cooling channels have to be straight and "
                        "cannot follow the complex shapes of the part. Metal additive "
                        "manufacturing, by contrast, makes it possible to build internal channels "
                        "that follow that shape. To test the idea, the company carried out a "
                        "TKgune project with Armeria Eskola.</p>"
                    ),
                ),
                ("heading", {"text": "From design to testing", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The project lasted eight months and went through three phases:</p>"
                        "<ul>"
                        "<li><strong>Simulation:</strong> teachers from the centre and two "
                        "students simulated the mould's cooling to choose the best channel "
                        "design.</li>"
                        "<li><strong>Manufacturing:</strong> two inserts were printed on the "
                        "centre's metal printer, then machined and polished.</li>"
                        "<li><strong>Testing:</strong> the inserts were fitted to one of the "
                        "company's moulds and tested over more than 20,000 cycles.</li></ul>"
                        "<p>The results show that the injection cycle is 22% shorter and that part "
                        "warping has also been reduced, thanks to more even cooling. Each insert "
                        "costs more than a conventional one, but the company estimates that the "
                        "difference pays for itself in runs of more than 40,000 parts.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The centre provided the know-how and the machine, and took on a risk "
                            "we couldn't have taken alone. Now we know which parts it's worth it "
                            "for and which it isn't, and that's something we can offer our "
                            "customers."
                        ),
                        "attribution": "Eneko Lasa",
                        "role": "Head of engineering, Kalamua Tresneria",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The company will start offering the technology to its customers for "
                        "parts with complex geometry. Armeria Eskola, for its part, has drawn on "
                        "the project to prepare a new additive manufacturing course for staff from "
                        "industrial companies, and will use the case in its machining and design "
                        "programmes.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-nicolas-larburu-space",
        "date": "2026-04-29",
        "categories": ["urratsbat"],
        "programmes": ["urratsbat"],
        "image": {"colour": "#d97706", "motif": "steps"},
        "eu": {
            "title": "Nicolas Larburu LHIIk ekintzailetza-gune berria ireki du Barakaldon",
            "slug": "nicolas-larburu-ekintzailetza-gune-berria",
            "lead": (
                "Sei bulego, bilera-gela bat eta prototipoak egiteko eremu bat ditu guneak, eta "
                "Urratsbateko lau enpresa berri ari dira dagoeneko bertan lanean."
            ),
            "search_description": (
                "Nicolas Larburu LHIIk ekintzailetza-gune berria ireki du Barakaldon: sei bulego, "
                "bilera-gela eta prototipoetarako eremua, Urratsbateko enpresentzat."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila anbar kolorekoak",
            "tags": ["Urratsbat", "Barakaldo", "bulegoak"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Nicolas Larburu LHIIk ekintzailetza-gune berria inauguratu zuen "
                        "apirilaren 29an Barakaldon. Ikastetxeak iaz hartu zuen parte lehen aldiz "
                        "Urratsbat programan, eta ordutik ekintzaileek behin-behineko gela bat "
                        "erabili dute. Gune berria ikastetxeko eraikin nagusiaren beheko solairuan "
                        "dago, eta 240 metro koadro inguru ditu.</p>"
                        "<p>Espazioa eraberritzeko lanak neguan egin ziren, eta ikastetxeko "
                        "eraikuntza eta instalazio elektrikoetako ikasleek parte hartu zuten lan "
                        "batzuetan, beren prestakuntzaren barruan. Altzariak, berriz, Urratsbat "
                        "komunitateko enpresa batek diseinatu ditu. Inaugurazioan ikastetxeko "
                        "ikasle, irakasle eta inguruko enpresetako 70 lagun inguru izan ziren.</p>"
                    ),
                ),
                ("heading", {"text": "Enpresa berrientzako lantokia", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Guneak enpresa berrien lehen urteetako beharrei erantzuteko hiru eremu "
                        "ditu:</p>"
                        "<ul>"
                        "<li><strong>Sei bulego hornitu:</strong> lanpostuak, Interneteko konexioa "
                        "eta giltzapeko armairuak, bi urte arteko egonaldietarako.</li>"
                        "<li><strong>Bilera-gela:</strong> bezeroekin biltzeko eta aurkezpenak "
                        "egiteko, ikastetxeko beste ekintzaileek ere erabil dezaketena.</li>"
                        "<li><strong>Prototipoetarako eremua:</strong> 3D inprimagailuak, "
                        "elektronikako lanpostuak eta eskuko erremintak, tailer handietara joan "
                        "gabe proba txikiak egiteko.</li></ul>"
                        "<p>Gaur egun lau enpresa ari dira gunean lanean, horien artean Hegaz "
                        "Inspekzioak, drone bidez teilatuak eta eguzki-instalazioak ikuskatzen "
                        "dituena.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Ekintzaile batek ikastetxean ikusi behar du bere burua enpresa gisa, "
                            "ez ikasle gisa. Gune honek hori ematen du: leku propio bat, baina "
                            "ikastetxearen babesarekin eta irakasleak pasillo bat harago dituela."
                        ),
                        "attribution": "Garazi Intxausti",
                        "role": "Ekintzailetza-arduraduna, Nicolas Larburu LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Inaugurazioan, Hegaz Inspekzioak enpresako Ander Etxanizek kontatu "
                        "zuen nola igaro den azken urteko proiektu batetik lehen kontratuak "
                        "sinatzera. Ikastetxeak datorren ikasturtean beste sei proiektu hartzea "
                        "espero du, eta inguruko udalerrietako enpresekin harremanak sendotzeko "
                        "asmoa du. Gainera, gunea ikastetxeko beste zikloetako ikasleentzat ere "
                        "irekiko da astean behin, ekintzailetzari buruzko saio irekietarako.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Nicolas Larburu LHII abre un nuevo espacio de emprendimiento en Barakaldo",
            "slug": "nicolas-larburu-nuevo-espacio-emprendimiento",
            "lead": (
                "El espacio cuenta con seis oficinas, una sala de reuniones y una zona de "
                "prototipado, y cuatro empresas nuevas de Urratsbat ya trabajan en él."
            ),
            "search_description": (
                "Nicolas Larburu LHII abre un espacio de emprendimiento en Barakaldo: seis "
                "oficinas, sala de reuniones y zona de prototipado para empresas de Urratsbat."
            ),
            "image_alt": "Ilustración abstracta: peldaños ascendentes de color ámbar",
            "tags": ["Urratsbat", "Barakaldo", "oficinas"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Nicolas Larburu LHII inauguró el 29 de abril su nuevo espacio de "
                        "emprendimiento en Barakaldo. El centro se incorporó el año pasado por "
                        "primera vez al programa Urratsbat y, desde entonces, las personas "
                        "emprendedoras han utilizado un aula provisional. El nuevo espacio está en "
                        "la planta baja del edificio principal del centro y tiene unos 240 metros "
                        "cuadrados.</p>"
                        "<p>Las obras de reforma se hicieron en invierno, y en algunos trabajos "
                        "participó alumnado de construcción y de instalaciones eléctricas del "
                        "centro, como parte de su formación. El mobiliario, por su parte, lo ha "
                        "diseñado una empresa de la comunidad Urratsbat. A la inauguración "
                        "asistieron unas 70 personas entre alumnado, profesorado y empresas de la "
                        "zona.</p>"
                    ),
                ),
                ("heading", {"text": "Un lugar de trabajo para empresas nuevas", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El espacio tiene tres zonas para responder a las necesidades de las "
                        "empresas en sus primeros años:</p>"
                        "<ul>"
                        "<li><strong>Seis oficinas equipadas:</strong> puestos de trabajo, "
                        "conexión a internet y armarios con llave, para estancias de hasta dos "
                        "años.</li>"
                        "<li><strong>Sala de reuniones:</strong> para reunirse con clientes y "
                        "hacer presentaciones, abierta también a otras personas emprendedoras del "
                        "centro.</li>"
                        "<li><strong>Zona de prototipado:</strong> impresoras 3D, puestos de "
                        "electrónica y herramienta manual, para hacer pequeñas pruebas sin ir a "
                        "los talleres grandes.</li></ul>"
                        "<p>Actualmente trabajan en el espacio cuatro empresas, entre ellas Hegaz "
                        "Inspekzioak, que inspecciona con drones cubiertas e instalaciones "
                        "solares.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Una persona emprendedora tiene que verse en el centro como empresa, "
                            "no como estudiante. Este espacio le da eso: un lugar propio, pero con "
                            "el respaldo del centro y con el profesorado a un pasillo de distancia."
                        ),
                        "attribution": "Garazi Intxausti",
                        "role": "Responsable de emprendimiento, Nicolas Larburu LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>En la inauguración, Ander Etxaniz, de Hegaz Inspekzioak, contó cómo ha "
                        "pasado de un proyecto de último curso a firmar sus primeros contratos. El "
                        "centro espera acoger otros seis proyectos el próximo curso y quiere "
                        "reforzar su relación con las empresas de los municipios de la zona. "
                        "Además, el espacio se abrirá una vez a la semana al alumnado de otros "
                        "ciclos del centro para sesiones abiertas sobre emprendimiento.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Nicolas Larburu LHII opens a new entrepreneurship space in Barakaldo",
            "slug": "nicolas-larburu-new-entrepreneurship-space",
            "lead": (
                "The space has six offices, a meeting room and a prototyping area, and four new "
                "Urratsbat companies are already working there."
            ),
            "search_description": (
                "Nicolas Larburu LHII opens an entrepreneurship space in Barakaldo: six offices, a "
                "meeting room and a prototyping area for Urratsbat companies."
            ),
            "image_alt": "Abstract illustration: amber steps rising upwards",
            "tags": ["Urratsbat", "Barakaldo", "offices"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Nicolas Larburu LHII opened its new entrepreneurship space in "
                        "Barakaldo on 29 April. The centre joined the Urratsbat programme for the "
                        "first time last year, and since then its entrepreneurs have been using a "
                        "temporary classroom. The new space is on the ground floor of the centre's "
                        "main building and covers around 240 square metres.</p>"
                        "<p>The refurbishment was carried out over the winter, and students from "
                        "the centre's construction and electrical installation programmes took "
                        "part in some of the work as part of their training. The furniture was "
                        "designed by a company from the Urratsbat community. Around 70 students, "
                        "teachers and local business people attended the opening.</p>"
                    ),
                ),
                ("heading", {"text": "A workplace for new companies", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The space has three areas designed around the needs of companies in "
                        "their early years:</p>"
                        "<ul>"
                        "<li><strong>Six equipped offices:</strong> desks, internet access and "
                        "lockable cabinets, for stays of up to two years.</li>"
                        "<li><strong>Meeting room:</strong> for meeting customers and giving "
                        "presentations, also open to the centre's other entrepreneurs.</li>"
                        "<li><strong>Prototyping area:</strong> 3D printers, electronics "
                        "workstations and hand tools for small tests without going to the large "
                        "workshops.</li></ul>"
                        "<p>Four companies are currently based in the space, among them Hegaz "
                        "Inspekzioak, which uses drones to inspect roofs and solar "
                        "installations.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Entrepreneurs need to see themselves at the centre as a company, not "
                            "as students. This space gives them that: a place of their own, but "
                            "with the centre's backing and teachers just down the corridor."
                        ),
                        "attribution": "Garazi Intxausti",
                        "role": "Entrepreneurship coordinator, Nicolas Larburu LHII",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>At the opening, Ander Etxaniz of Hegaz Inspekzioak described how he "
                        "went from a final-year project to signing his first contracts. The centre "
                        "expects to take on another six projects next year and plans to strengthen "
                        "its ties with companies in the surrounding towns. The space will also "
                        "open once a week to students from the centre's other programmes for "
                        "drop-in sessions on entrepreneurship.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-exchange-day-iurreta",
        "date": "2026-05-20",
        "categories": ["esm", "events"],
        "programmes": ["esm"],
        "companies": ["ibai-sensors"],
        "image": {"colour": "#3730a3", "motif": "circles"},
        "eu": {
            "title": (
                "ESM dinamizatzaileek Iurreta LHII bisitatu dute, ikastetxeen arteko lehen trukean"
            ),
            "slug": "esm-trukea-iurreta-lhii",
            "lead": (
                "Hogeita hamar dinamizatzailek ezagutu dute nola laguntzen dien Iurretako "
                "ikastetxeak bere ekintzaileei, eta aholkularitza-saio errealak behatu dituzte."
            ),
            "search_description": (
                "ESM dinamizatzaileen lehen trukea Iurreta LHIIn: 30 parte-hartzaile, "
                "ekintzailetza-gunearen bisita, saio errealen behaketa eta ondorioak."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu indigo gainjarriak",
            "tags": ["ESM", "trukea", "Iurreta"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>ESM dinamizatzaileen sareak ikastetxeen arteko lehen trukea egin zuen "
                        "maiatzaren 20an Iurreta LHIIn. Hamazazpi ikastetxetako 30 dinamizatzailek "
                        "egun osoa eman zuten ikastetxean, bertako ekintzailetza-zerbitzua nola "
                        "antolatzen den ezagutzeko. Trukeak 2025eko topaketan adostutako "
                        "lehentasunetako bati erantzuten dio: dinamizatzaileek beste ikastetxe "
                        "batzuen lan egiteko moduak bertatik bertara ikustea.</p>"
                        "<p>Iurreta LHII aukeratu zen programan ibilbide luzea duelako eta bere "
                        "ekintzailetza-guneak hainbat enpresa finkatu dituelako azken urteetan, "
                        "horien artean Ibai Sensors, 2025eko Urratsbat sarietan urteko enpresa "
                        "izendatua. Bisita Iurretako ekintzailetza-arduradunak, Iratxe Uriartek, "
                        "antolatu zuen, ESM sareko beste bi dinamizatzailerekin batera.</p>"
                    ),
                ),
                ("heading", {"text": "Saio errealak, bertatik bertara", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Egitaraua praktikoa izan zen, eta hiru jarduera nagusi izan zituen:</p>"
                        "<ul>"
                        "<li><strong>Gunearen bisita:</strong> bulegoak, tailerrak eta "
                        "laborategia, eta ekintzaileek nola erabiltzen dituzten azaltzea.</li>"
                        "<li><strong>Saioen behaketa:</strong> talde txikietan, dinamizatzaileek "
                        "ikastetxeko ekintzaileekin egindako benetako aholkularitza-saioak behatu "
                        "zituzten, ekintzaileen baimenarekin.</li>"
                        "<li><strong>Hausnarketa:</strong> ikusitakoa aztertu eta norberaren "
                        "ikastetxera eraman daitezkeen ideiak jaso ziren.</li></ul>"
                        "<p>Arratsaldean, Ibai Sensorseko sortzaileek kontatu zuten zer izan zen "
                        "baliagarriena haientzat ikastetxean egon ziren urteetan, eta zer faltan "
                        "bota zuten. Haien ustez, tailerrak eta laborategia erabiltzeko aukera "
                        "izan zen erabakigarria, baina merkataritza-arloan laguntza gehiago "
                        "beharko zuten.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Urteak daramatzat ekintzaileekin lanean, baina inoiz ez nuen ikusi "
                            "beste dinamizatzaile bat saio bat egiten. Bi gauza eramango ditut "
                            "nire ikastetxera: saioa nola ixten duten eta hurrengo bilerarako "
                            "konpromisoak nola idazten dituzten."
                        ),
                        "attribution": "Mikel Garmendia",
                        "role": "Dinamizatzailea, Easo Politeknikoa",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Parte-hartzaileen balorazioa oso ona izan zen, eta sareak bi truke "
                        "gehiago antolatuko ditu datorren ikasturtean, Araban eta Bizkaian. "
                        "Trukeetan jasotako ideiak ESM materialetan sartuko dira, eta ikastetxe "
                        "bakoitzak bere hobekuntza-ekintza bat aukeratuko du, urteko topaketan "
                        "aurkezteko.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Las personas dinamizadoras ESM visitan Iurreta LHII en el primer intercambio "
                "entre centros"
            ),
            "slug": "intercambio-esm-iurreta-lhii",
            "lead": (
                "Treinta personas dinamizadoras conocieron cómo acompaña el centro de Iurreta a "
                "sus emprendedores y observaron sesiones reales de asesoramiento."
            ),
            "search_description": (
                "Primer intercambio de personas dinamizadoras ESM en Iurreta LHII: 30 "
                "participantes, visita al espacio de emprendimiento y observación de sesiones "
                "reales."
            ),
            "image_alt": "Ilustración abstracta: círculos añil superpuestos",
            "tags": ["ESM", "intercambio", "Iurreta"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La red de personas dinamizadoras ESM celebró el 20 de mayo en Iurreta "
                        "LHII su primer intercambio entre centros. Treinta personas dinamizadoras "
                        "de diecisiete centros pasaron el día en el centro para conocer cómo se "
                        "organiza su servicio de emprendimiento. El intercambio responde a una de "
                        "las prioridades acordadas en el encuentro de 2025: que quienes dinamizan "
                        "vean de primera mano cómo trabajan otros centros.</p>"
                        "<p>Se eligió Iurreta LHII por su larga trayectoria en el programa y "
                        "porque su espacio de emprendimiento ha consolidado varias empresas en los "
                        "últimos años, entre ellas Ibai Sensors, nombrada empresa del año en los "
                        "premios Urratsbat 2025. La visita la organizó la responsable de "
                        "emprendimiento de Iurreta, Iratxe Uriarte, junto a otras dos personas "
                        "dinamizadoras de la red ESM.</p>"
                    ),
                ),
                ("heading", {"text": "Sesiones reales, de primera mano", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El programa fue práctico y tuvo tres actividades principales:</p>"
                        "<ul>"
                        "<li><strong>Visita al espacio:</strong> oficinas, talleres y laboratorio, "
                        "con una explicación de cómo los utilizan las personas emprendedoras.</li>"
                        "<li><strong>Observación de sesiones:</strong> en grupos pequeños, las "
                        "personas dinamizadoras observaron sesiones reales de asesoramiento con "
                        "emprendedores del centro, con su permiso.</li>"
                        "<li><strong>Reflexión:</strong> se analizó lo observado y se recogieron "
                        "ideas que cada cual puede llevar a su centro.</li></ul>"
                        "<p>Por la tarde, las fundadoras de Ibai Sensors contaron qué les resultó "
                        "más útil en los años que pasaron en el centro y qué echaron en falta. En "
                        "su opinión, poder usar los talleres y el laboratorio fue decisivo, pero "
                        "habrían necesitado más apoyo en el área comercial.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Llevo años trabajando con personas emprendedoras, pero nunca había "
                            "visto a otra persona dinamizadora hacer una sesión. Me llevo dos "
                            "cosas a mi centro: cómo cierran la sesión y cómo dejan por escrito "
                            "los compromisos para la siguiente reunión."
                        ),
                        "attribution": "Mikel Garmendia",
                        "role": "Dinamizador, Easo Politeknikoa",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>La valoración de las personas participantes fue muy positiva, y la red "
                        "organizará otros dos intercambios el próximo curso, en Álava y en "
                        "Bizkaia. Las ideas recogidas en los intercambios se incorporarán a los "
                        "materiales de ESM, y cada centro elegirá una acción de mejora para "
                        "presentarla en el encuentro anual.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "ESM facilitators visit Iurreta LHII in the first exchange between centres",
            "slug": "esm-exchange-iurreta-lhii",
            "lead": (
                "Thirty facilitators saw how the Iurreta centre supports its entrepreneurs and "
                "observed real advisory sessions."
            ),
            "search_description": (
                "First ESM facilitator exchange at Iurreta LHII: 30 participants, a tour of the "
                "entrepreneurship space and observation of real advisory sessions."
            ),
            "image_alt": "Abstract illustration: overlapping indigo circles",
            "tags": ["ESM", "exchange", "Iurreta"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The ESM facilitators' network held its first exchange between centres "
                        "at Iurreta LHII on 20 May. Thirty facilitators from seventeen centres "
                        "spent the day at the centre to learn how its entrepreneurship service is "
                        "organised. The exchange responds to one of the priorities agreed at the "
                        "2025 meeting: giving facilitators the chance to see at first hand how "
                        "other centres work.</p>"
                        "<p>Iurreta LHII was chosen because of its long experience in the "
                        "programme and because its entrepreneurship space has helped several "
                        "companies become established in recent years, among them Ibai Sensors, "
                        "named company of the year at the 2025 Urratsbat Awards. The visit was "
                        "organised by Iurreta's entrepreneurship coordinator, Iratxe Uriarte, "
                        "together with two other facilitators from the ESM network.</p>"
                    ),
                ),
                ("heading", {"text": "Real sessions, at first hand", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The programme was hands-on and built around three main activities:</p>"
                        "<ul>"
                        "<li><strong>Tour of the space:</strong> offices, workshops and the lab, "
                        "with an explanation of how entrepreneurs use them.</li>"
                        "<li><strong>Observing sessions:</strong> in small groups, facilitators "
                        "sat in on real advisory sessions with the centre's entrepreneurs, with "
                        "their permission.</li>"
                        "<li><strong>Reflection:</strong> participants discussed what they had "
                        "seen and noted ideas they could take back to their own centres.</li></ul>"
                        "<p>In the afternoon, the founders of Ibai Sensors explained what had been "
                        "most useful to them during their years at the centre, and what they had "
                        "missed. In their view, access to the workshops and the lab was decisive, "
                        "but they would have needed more support on the sales side.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I've been working with entrepreneurs for years, but I had never "
                            "watched another facilitator run a session. I'm taking two things back "
                            "to my centre: how they close the session and how they put the "
                            "commitments for the next meeting in writing."
                        ),
                        "attribution": "Mikel Garmendia",
                        "role": "Facilitator, Easo Politeknikoa",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Participants rated the day very highly, and the network will organise "
                        "two more exchanges next year, in Araba and Bizkaia. Ideas gathered during "
                        "the exchanges will be added to the ESM materials, and each centre will "
                        "choose one improvement to present at the annual meeting.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-annual-meeting-2026",
        "date": "2026-06-10",
        "categories": ["tkgune", "events"],
        "programmes": ["tkgune"],
        "image": {"colour": "#047857", "motif": "network"},
        "eu": {
            "title": "TKgune ikasturtearen balantzea: 86 proiektu, 94 ETE eta 410 ikasle",
            "slug": "tkgune-ikasturtearen-balantzea-2026",
            "lead": (
                "Usurbil LHIIn egindako urteko bileran, ikastetxeek ikasturteko emaitzak eta "
                "ikasitakoak partekatu zituzten, eta proiektu labur berrien lehen esperientziak "
                "aztertu ziren."
            ),
            "search_description": (
                "TKgune 2025-2026 ikasturtearen balantzea: 86 proiektu, 33 ikastetxe, 94 ETE eta "
                "410 ikasle. Urteko bilera Usurbil LHIIn."
            ),
            "image_alt": "Ilustrazio abstraktua: lotutako puntu esmeralda-berdeen sarea",
            "tags": ["TKgune", "balantzea", "Usurbil"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>TKgune programaren urteko bilera ekainaren 10ean egin zen Usurbil "
                        "LHIIn, eta programan parte hartzen duten ikastetxeetako 70 ordezkari "
                        "inguru bildu ziren. Bileran 2025-2026 ikasturteko datuak aurkeztu ziren: "
                        "33 ikastetxek 86 proiektu garatu dituzte 94 ETErekin, eta 410 ikaslek "
                        "hartu dute parte proiektuetan, irakasleen gidaritzapean. Guztira, 3.000 "
                        "ordu baino gehiago eman dituzte irakasleek proiektuetan.</p>"
                        "<p>Sektoreei dagokienez, fabrikazio aurreratuko proiektuak dira "
                        "ugarienak, eta ondoren daude energia, digitalizazioa eta elikadura. "
                        "Aurten lehen aldiz, zortzi proiektuk landu dute zibersegurtasun "
                        "industriala. Horiez gain, martxoan abiatutako proiektu laburrek hamaika "
                        "enpresa txiki erakarri dituzte, gehienak programan lehen aldiz.</p>"
                    ),
                ),
                ("heading", {"text": "Ikasitakoak eta hobetzekoak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Arratsaldean, ikastetxeek talde txikietan partekatu zituzten "
                        "ikasturteko ikasgaiak. Hiru ondorio nagusi atera ziren:</p>"
                        "<ul>"
                        "<li><strong>Hasiera ona, proiektu ona:</strong> enpresarekin erronka eta "
                        "emaitza neurgarri bat hasieratik adosten dituzten proiektuak hobeto "
                        "ateratzen dira.</li>"
                        "<li><strong>Ikasleen rola:</strong> ikasleek ardura zehatzak dituztenean, "
                        "haien ikaskuntza eta enpresaren gogobetetzea handiagoak dira.</li>"
                        "<li><strong>Jarraipena:</strong> proiektuaren ondoren ere enpresarekin "
                        "harremana mantentzen duten ikastetxeek proiektu berriak sortzen "
                        "dituzte.</li></ul>"
                        "<p>Ondorio horiek TKguneko lantaldeak jasoko ditu, datorren deialdia "
                        "prestatzeko.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Proiektu labur bat egin genuen ikastetxearekin, pintura-kabinako "
                            "kontsumoa aztertzeko, eta hiru hilabetean izan genituen emaitzak. "
                            "Orain proiektu osoa aurkeztu nahi dugu datorren urtean, "
                            "ekoizpen-lerro osorako."
                        ),
                        "attribution": "Nagore Iturbe",
                        "role": "Zuzendaria, Urola Margoak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Bilera amaitzeko, Miren Etxeberria programaren koordinatzaileak "
                        "eskerrak eman zizkien parte hartu duten ikastetxe, enpresa eta ikasleei, "
                        "eta lantaldeko sei ikastetxeen lana nabarmendu zuen. TKgune 2027 deialdia "
                        "urtarrilean irekiko da, eta aurretik udazkenean saio informatiboak egingo "
                        "dira lurralde bakoitzean. Bileraren laburpena eta aurkezpenak programaren "
                        "atalean argitaratuko dira datozen asteetan.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Balance del curso TKgune: 86 proyectos, 94 pymes y 410 estudiantes",
            "slug": "balance-curso-tkgune-2026",
            "lead": (
                "En la reunión anual celebrada en Usurbil LHII, los centros compartieron "
                "resultados y aprendizajes del curso y se analizaron las primeras experiencias de "
                "los nuevos proyectos cortos."
            ),
            "search_description": (
                "Balance del curso 2025-2026 de TKgune: 86 proyectos, 33 centros, 94 pymes y 410 "
                "estudiantes. Reunión anual en Usurbil LHII."
            ),
            "image_alt": "Ilustración abstracta: red de puntos verde esmeralda conectados",
            "tags": ["TKgune", "balance", "Usurbil"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>La reunión anual del programa TKgune se celebró el 10 de junio en "
                        "Usurbil LHII, con unas 70 personas de los centros participantes. En ella "
                        "se presentaron los datos del curso 2025-2026: 33 centros han desarrollado "
                        "86 proyectos con 94 pymes, y 410 estudiantes han participado en los "
                        "proyectos, guiados por el profesorado. En total, el profesorado ha "
                        "dedicado más de 3.000 horas a los proyectos.</p>"
                        "<p>Por sectores, los proyectos de fabricación avanzada son los más "
                        "numerosos, seguidos de energía, digitalización y alimentación. Este año, "
                        "por primera vez, ocho proyectos han trabajado la ciberseguridad "
                        "industrial. Además, los proyectos cortos puestos en marcha en marzo han "
                        "atraído a once pequeñas empresas, la mayoría nuevas en el programa.</p>"
                    ),
                ),
                ("heading", {"text": "Aprendizajes y aspectos a mejorar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Por la tarde, los centros compartieron en grupos pequeños las "
                        "lecciones del curso. Se extrajeron tres conclusiones principales:</p>"
                        "<ul>"
                        "<li><strong>Buen comienzo, buen proyecto:</strong> los proyectos que "
                        "acuerdan con la empresa desde el principio un reto y un resultado medible "
                        "salen mejor.</li>"
                        "<li><strong>El papel del alumnado:</strong> cuando el alumnado asume "
                        "responsabilidades concretas, su aprendizaje y la satisfacción de la "
                        "empresa son mayores.</li>"
                        "<li><strong>Continuidad:</strong> los centros que mantienen la relación "
                        "con la empresa tras el proyecto generan nuevos proyectos.</li></ul>"
                        "<p>El grupo de trabajo de TKgune recogerá estas conclusiones para "
                        "preparar la próxima convocatoria.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Hicimos un proyecto corto con el centro para analizar el consumo de "
                            "la cabina de pintura, y en tres meses teníamos resultados. Ahora "
                            "queremos presentar un proyecto completo el año que viene para toda la "
                            "línea de producción."
                        ),
                        "attribution": "Nagore Iturbe",
                        "role": "Directora de Urola Margoak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Para cerrar la reunión, la coordinadora del programa, Miren "
                        "Etxeberria, dio las gracias a los centros, empresas y estudiantes "
                        "participantes y destacó el trabajo de los seis centros del grupo de "
                        "trabajo. La convocatoria TKgune 2027 se abrirá en enero, y antes, en "
                        "otoño, se celebrarán sesiones informativas en cada territorio. El resumen "
                        "de la reunión y las presentaciones se publicarán en la sección del "
                        "programa en las próximas semanas.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "TKgune's year in review: 86 projects, 94 SMEs and 410 students",
            "slug": "tkgune-year-in-review-2026",
            "lead": (
                "At the annual meeting held at Usurbil LHII, centres shared the year's results and "
                "lessons, and looked at the first experiences with the new short projects."
            ),
            "search_description": (
                "TKgune 2025-2026 in review: 86 projects, 33 VET centres, 94 SMEs and 410 "
                "students. Annual meeting at Usurbil LHII."
            ),
            "image_alt": "Abstract illustration: a network of connected emerald green dots",
            "tags": ["TKgune", "year in review", "Usurbil"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The TKgune programme's annual meeting took place on 10 June at Usurbil "
                        "LHII, bringing together around 70 people from the participating centres. "
                        "The figures for the 2025-2026 academic year were presented: 33 centres "
                        "carried out 86 projects with 94 SMEs, and 410 students took part in the "
                        "projects under their teachers' guidance. In total, teachers have devoted "
                        "more than 3,000 hours to the projects.</p>"
                        "<p>By sector, advanced manufacturing projects were the most numerous, "
                        "followed by energy, digitalisation and food. For the first time, eight "
                        "projects dealt with industrial cybersecurity. In addition, the short "
                        "projects launched in March attracted eleven small companies, most of them "
                        "new to the programme.</p>"
                    ),
                ),
                ("heading", {"text": "Lessons learned and room for improvement", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>In the afternoon, centres shared the year's lessons in small groups. "
                        "Three main conclusions emerged:</p>"
                        "<ul>"
                        "<li><strong>A good start makes a good project:</strong> projects that "
                        "agree a challenge and a measurable result with the company from the "
                        "outset turn out better.</li>"
                        "<li><strong>The students' role:</strong> when students take on specific "
                        "responsibilities, both their learning and the company's satisfaction are "
                        "greater.</li>"
                        "<li><strong>Continuity:</strong> centres that stay in touch with the "
                        "company after the project go on to generate new projects.</li></ul>"
                        "<p>The TKgune working group will take these conclusions into account when "
                        "preparing the next call.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We did a short project with the centre to analyse the energy use of "
                            "our paint booth, and we had results within three months. Now we want "
                            "to submit a full project next year covering the whole production line."
                        ),
                        "attribution": "Nagore Iturbe",
                        "role": "Managing director, Urola Margoak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>To close the meeting, programme coordinator Miren Etxeberria thanked "
                        "the participating centres, companies and students and highlighted the "
                        "work of the six centres in the working group. The TKgune 2027 call will "
                        "open in January, preceded by information sessions in each province in the "
                        "autumn. A summary of the meeting and the presentations will be published "
                        "on the programme page in the coming weeks.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-marketplace-first-year",
        "date": "2026-06-30",
        "categories": ["community"],
        "programmes": ["community"],
        "image": {"colour": "#c026d3", "motif": "waves"},
        "eu": {
            "title": (
                "Komunitatearen merkatuak lehen urtea bete du: 170 iragarki eta 40 lankidetza "
                "baino gehiago"
            ),
            "slug": "merkatuaren-lehen-urtea",
            "lead": (
                "Kideen iritziekin, merkatuak hobekuntzak izango ditu udazkenetik aurrera: "
                "lurraldeka bilatzeko aukera eta iragarki berrien abisuak."
            ),
            "search_description": (
                "Urratsbat komunitatearen merkatuaren lehen urtea: 170 iragarki, 120 enpresa eta "
                "40 lankidetza baino gehiago. Udazkenerako hobekuntzak."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin fuksia leunak",
            "tags": ["merkatua", "komunitatea", "balantzea"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitatearen merkatuak lehen urtea bete du, eta emaitzak "
                        "espero baino hobeak izan dira. 2025eko irailetik 170 iragarki argitaratu "
                        "dira, eta komunitateko 120 enpresak erabili dute gutxienez behin. Kideei "
                        "egindako inkestaren arabera, 40 lankidetza baino gehiago sortu dira "
                        "merkatuaren bidez: azpikontratazioak, hornidura-akordioak eta proiektu "
                        "partekatuak.</p>"
                        "<p>Iragarki gehienak zerbitzu teknikoei buruzkoak izan dira, baina hazten "
                        "ari dira beste mota batzuk ere, hala nola espazio partekatuak eta makinak "
                        "alokatzeko eskaintzak. Eskaeren artean, berriz, ohikoenak diseinua, "
                        "komunikazioa eta instalazioak izan dira. Iragarki bakoitzak batez beste "
                        "hiru harreman-eskaera jaso ditu, eta zenbait iragarkik hamar baino "
                        "gehiago.</p>"
                    ),
                ),
                ("heading", {"text": "Udazkenerako hobekuntzak", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Inkestan, kideek hainbat hobekuntza proposatu zituzten, eta horietatik "
                        "hiru jarriko dira martxan udazkenean:</p>"
                        "<ul>"
                        "<li><strong>Lurraldeka bilatzea:</strong> iragarkiak enpresaren "
                        "kokapenaren arabera iragazi ahal izango dira, gertuko lankideak "
                        "aurkitzeko.</li>"
                        "<li><strong>Abisuak:</strong> kideek posta elektronikoz jaso ahal izango "
                        "dituzte beren intereseko iragarki berriak, astean behin.</li>"
                        "<li><strong>Lankidetzen berri ematea:</strong> merkatuaren bidez "
                        "sortutako lankidetzak ezagutarazteko atal bat, beste enpresei adibide "
                        "gisa.</li></ul>"
                        "<p>Iragarkiak berrikusteko prozedurak bere horretan jarraituko du: "
                        "dinamizatzaileak iragarki bakoitza egiaztatuko du argitaratu aurretik. "
                        "Era berean, iragarkiak hiru hilabetez egongo dira ikusgai, eta enpresek "
                        "erraz berritu ahal izango dituzte.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Merkatuaren bidez aurkitu genuen gure altzarien zurezko piezak "
                            "mekanizatzeko tailerra, hamar kilometrora. Urtebete daramagu "
                            "elkarrekin lanean, eta orain bezero batzuk ere partekatzen ditugu."
                        ),
                        "attribution": "Edurne Agirrezabala",
                        "role": "Zurgai Diseinuaren sortzailekidea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Komunitateak, gainera, merkatuaren aurkezpen-saio bat antolatuko du "
                        "urriko urteko topaketan, oraindik erabili ez duten enpresek nola "
                        "funtzionatzen duen ezagut dezaten. Amaia Zabala komunitatearen "
                        "dinamizatzailearen esanetan, helburua da datorren urtean komunitateko "
                        "enpresen erdiek gutxienez iragarki bat argitaratzea.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "El marketplace de la comunidad cumple un año: 170 anuncios y más de 40 "
                "colaboraciones"
            ),
            "slug": "primer-ano-marketplace",
            "lead": (
                "Con las opiniones de sus miembros, el marketplace incorporará mejoras a partir "
                "del otoño: búsqueda por territorio y avisos de nuevos anuncios."
            ),
            "search_description": (
                "Primer año del marketplace de la comunidad Urratsbat: 170 anuncios, 120 empresas "
                "y más de 40 colaboraciones. Mejoras previstas para el otoño."
            ),
            "image_alt": "Ilustración abstracta: ondas suaves de color fucsia",
            "tags": ["marketplace", "comunidad", "balance"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El marketplace de la comunidad Urratsbat ha cumplido su primer año, "
                        "con resultados mejores de lo esperado. Desde septiembre de 2025 se han "
                        "publicado 170 anuncios, y 120 empresas de la comunidad lo han utilizado "
                        "al menos una vez. Según una encuesta a sus miembros, el marketplace ha "
                        "dado lugar a más de 40 colaboraciones: subcontrataciones, acuerdos de "
                        "suministro y proyectos compartidos.</p>"
                        "<p>La mayoría de los anuncios se han referido a servicios técnicos, pero "
                        "crecen también otros tipos, como los espacios compartidos y las ofertas "
                        "de alquiler de maquinaria. Entre las demandas, las más habituales han "
                        "sido las de diseño, comunicación e instalaciones. Cada anuncio ha "
                        "recibido de media tres solicitudes de contacto, y algunos más de diez.</p>"
                    ),
                ),
                ("heading", {"text": "Mejoras para el otoño", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>En la encuesta, los miembros propusieron varias mejoras, y tres de "
                        "ellas se pondrán en marcha en otoño:</p>"
                        "<ul>"
                        "<li><strong>Búsqueda por territorio:</strong> los anuncios podrán "
                        "filtrarse según la ubicación de la empresa, para encontrar colaboraciones "
                        "cercanas.</li>"
                        "<li><strong>Avisos:</strong> los miembros podrán recibir por correo "
                        "electrónico, una vez a la semana, los nuevos anuncios de su interés.</li>"
                        "<li><strong>Difusión de colaboraciones:</strong> un apartado para dar a "
                        "conocer las colaboraciones surgidas en el marketplace, como ejemplo para "
                        "otras empresas.</li></ul>"
                        "<p>El procedimiento de revisión se mantendrá igual: la persona "
                        "dinamizadora comprobará cada anuncio antes de publicarlo. Asimismo, los "
                        "anuncios seguirán visibles durante tres meses y las empresas podrán "
                        "renovarlos fácilmente.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "A través del marketplace encontramos, a diez kilómetros, el taller "
                            "que mecaniza las piezas de madera de nuestros muebles. Llevamos un "
                            "año trabajando juntos y ahora también compartimos algunos clientes."
                        ),
                        "attribution": "Edurne Agirrezabala",
                        "role": "Cofundadora de Zurgai Diseinua",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>La comunidad organizará además una sesión de presentación del "
                        "marketplace en el encuentro anual de octubre, para que las empresas que "
                        "aún no lo han usado conozcan cómo funciona. Según la dinamizadora de la "
                        "comunidad, Amaia Zabala, el objetivo es que el próximo año al menos la "
                        "mitad de las empresas de la comunidad publiquen un anuncio.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "The community marketplace turns one: 170 listings and more than 40 collaborations"
            ),
            "slug": "marketplace-first-year",
            "lead": (
                "Based on members' feedback, the marketplace will add new features from the "
                "autumn, including search by area and alerts for new listings."
            ),
            "search_description": (
                "The Urratsbat community marketplace's first year: 170 listings, 120 companies and "
                "more than 40 collaborations, with improvements due in the autumn."
            ),
            "image_alt": "Abstract illustration: soft fuchsia waves",
            "tags": ["marketplace", "community", "year in review"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat community marketplace has completed its first year, with "
                        "better results than expected. Since September 2025, 170 listings have "
                        "been posted, and 120 community companies have used it at least once. "
                        "According to a survey of members, the marketplace has led to more than 40 "
                        "collaborations: subcontracting, supply agreements and joint projects.</p>"
                        "<p>Most listings have concerned technical services, but other kinds are "
                        "growing too, such as shared spaces and machinery for hire. Among "
                        "requests, the most common have been for design, communications and "
                        "installations. Each listing has received an average of three contact "
                        "requests, and some more than ten.</p>"
                    ),
                ),
                ("heading", {"text": "Improvements for the autumn", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Members suggested several improvements in the survey, and three of "
                        "them will be introduced in the autumn:</p>"
                        "<ul>"
                        "<li><strong>Search by area:</strong> listings can be filtered by company "
                        "location, to find partners nearby.</li>"
                        "<li><strong>Alerts:</strong> members will be able to receive a weekly "
                        "email with new listings that match their interests.</li>"
                        "<li><strong>Showcasing collaborations:</strong> a section highlighting "
                        "collaborations that started on the marketplace, as examples for other "
                        "companies.</li></ul>"
                        "<p>The review process will stay the same: the community manager will "
                        "check every listing before it is published. Listings will still stay "
                        "visible for three months, and companies will be able to renew them "
                        "easily.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Through the marketplace we found the workshop, ten kilometres away, "
                            "that machines the wooden parts for our furniture. We've been working "
                            "together for a year now, and we even share some customers."
                        ),
                        "attribution": "Edurne Agirrezabala",
                        "role": "Co-founder, Zurgai Diseinua",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The community will also hold a session presenting the marketplace at "
                        "its annual meeting in October, so that companies that have not yet used "
                        "it can see how it works. According to community manager Amaia Zabala, the "
                        "aim is for at least half of the community's companies to post a listing "
                        "next year.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "urratsbat-cohort-2026-2027",
        "date": "2026-09-16",
        "categories": ["urratsbat"],
        "programmes": ["urratsbat", "tkgune"],
        "image": {"colour": "#dc2626", "motif": "steps"},
        "eu": {
            "title": (
                "Urratsbatek 52 proiekturekin hasi du 2026-2027 ikasturtea, inoizko kopururik "
                "handiena"
            ),
            "slug": "urratsbat-2026-2027-ikasturtea",
            "lead": (
                "Bost proiektu TKguneko berrikuntza-proiektuetatik sortu dira, eta ikastetxe "
                "guztiek dute dagoeneko ESMn prestatutako dinamizatzaile bat gutxienez."
            ),
            "search_description": (
                "Urratsbaten 2026-2027 ikasturtea: 27 ikastetxetako 52 proiektu, horietatik bost "
                "TKguneko proiektuetatik sortuak. Hasierako jardunaldia Egibiden."
            ),
            "image_alt": "Ilustrazio abstraktua: gorantz doazen eskailera-maila gorri biziak",
            "tags": ["Urratsbat", "ikasturte berria", "TKgune"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat programak 52 enpresa-proiekturekin hasi du 2026-2027 "
                        "ikasturtea, programaren historiako kopururik handienarekin. Proiektuak "
                        "Lanbide Heziketako 27 ikastetxetan garatuko dira, eta 94 ekintzailek "
                        "hartzen dute parte. Hasierako jardunaldia irailaren 16an egin zen "
                        "Egibiden, Gasteizen, eta ekintzaileez gain ikastetxeetako "
                        "dinamizatzaileak eta komunitateko zenbait enpresa-sortzaile ere izan "
                        "ziren.</p>"
                        "<p>Aurtengo berrikuntzetako bat da bost proiektu TKguneko "
                        "berrikuntza-proiektuetatik sortu direla. Proiektu horietan parte hartu "
                        "zuten ikasleek ETEekin lan egitean ikusi zuten merkatu-aukera bat, eta "
                        "orain enpresa bihurtu nahi dute. Horrela, bi programen arteko lotura "
                        "estutu egin da: ikastetxeko berrikuntzatik enpresa berrira.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Dinamizatzaile prestatuak ikastetxe guztietan", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Aurten lehen aldiz, programan parte hartzen duten ikastetxe guztiek "
                        "dute ESM prestakuntza egin duen dinamizatzaile bat gutxienez. "
                        "Ekintzaileek laguntza hau izango dute ikasturtean:</p>"
                        "<ul>"
                        "<li><strong>Dinamizatzaile bat:</strong> ikastetxe bakoitzean, ideiatik "
                        "enpresa eratu arte laguntzeko, ESM metodologiarekin.</li>"
                        "<li><strong>Lehen urteko laguntza:</strong> enpresa eratzen dutenek "
                        "diruzaintza, kontratazioa eta prezioak lantzeko saioak izango "
                        "dituzte.</li>"
                        "<li><strong>Komunitatea hasieratik:</strong> sare-jardunaldietara eta "
                        "merkatura sarbidea, enpresa sortu aurretik ere.</li></ul>"
                        "<p>Ikastetxeetako bulegoek eta tailerrek ekintzaileen zerbitzura "
                        "jarraituko dute, jarduera finkatu arte.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Egibideko TKgune proiektu batean ikusi nuen jatetxe txikiek ez dutela "
                            "nork konpondu hozte-ekipo txikiak. Hortik sortu da gure proiektua, "
                            "eta orain lehen bezeroekin probatzen ari gara zerbitzua."
                        ),
                        "attribution": "Irati Lizarralde",
                        "role": "Ekintzailea, Egibide",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Sektoreei dagokienez, industria-zerbitzuek lehen lekuan jarraitzen "
                        "dute, baina energia berriztagarriekin, zaintzarekin eta elikadurarekin "
                        "lotutako proiektuak ugaritu egin dira. Ekintzaileen % 42 emakumeak dira. "
                        "Proiektu guztiek otsailean izango dute aurrerapen-saioa, eta lehen "
                        "enpresak udaberrian eratzea espero da. Ikastetxe bakoitzak bere egutegia "
                        "egokituko du, baina proiektu guztiek jarraipen-bilera bat izango dute "
                        "hilean behin gutxienez.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Urratsbat arranca el curso 2026-2027 con 52 proyectos, la cifra más alta hasta la "
                "fecha"
            ),
            "slug": "urratsbat-curso-2026-2027",
            "lead": (
                "Cinco proyectos han surgido de proyectos de innovación TKgune, y todos los "
                "centros cuentan ya con al menos una persona dinamizadora formada en ESM."
            ),
            "search_description": (
                "Curso 2026-2027 de Urratsbat: 52 proyectos de 27 centros, cinco de ellos surgidos "
                "de proyectos TKgune. Jornada de arranque en Egibide."
            ),
            "image_alt": "Ilustración abstracta: peldaños ascendentes de color rojo vivo",
            "tags": ["Urratsbat", "nuevo curso", "TKgune"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El programa Urratsbat ha comenzado el curso 2026-2027 con 52 proyectos "
                        "empresariales, la cifra más alta de su historia. Los proyectos se "
                        "desarrollarán en 27 centros de FP y en ellos participan 94 personas "
                        "emprendedoras. La jornada de arranque se celebró el 16 de septiembre en "
                        "Egibide, en Vitoria-Gasteiz, y además de las personas emprendedoras "
                        "asistieron dinamizadoras y dinamizadores de los centros y varias personas "
                        "fundadoras de empresas de la comunidad.</p>"
                        "<p>Una de las novedades de este año es que cinco proyectos han surgido de "
                        "proyectos de innovación TKgune. El alumnado que participó en ellos "
                        "detectó una oportunidad de mercado al trabajar con pymes y ahora quiere "
                        "convertirla en empresa. Así se estrecha el vínculo entre ambos programas: "
                        "de la innovación en el centro a la nueva empresa.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Personas dinamizadoras formadas en todos los centros", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Por primera vez, todos los centros participantes cuentan con al menos "
                        "una persona dinamizadora que ha realizado la formación ESM. Las personas "
                        "emprendedoras tendrán este apoyo durante el curso:</p>"
                        "<ul>"
                        "<li><strong>Una persona dinamizadora:</strong> en cada centro, para "
                        "acompañar desde la idea hasta la constitución, con la metodología "
                        "ESM.</li>"
                        "<li><strong>Apoyo en el primer año:</strong> quienes constituyan empresa "
                        "tendrán sesiones sobre tesorería, contratación y precios.</li>"
                        "<li><strong>La comunidad desde el principio:</strong> acceso a las "
                        "jornadas de networking y al marketplace, incluso antes de crear la "
                        "empresa.</li></ul>"
                        "<p>Las oficinas y talleres de los centros seguirán a disposición de las "
                        "personas emprendedoras hasta que consoliden su actividad.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "En un proyecto TKgune de Egibide vi que los restaurantes pequeños no "
                            "tienen quién les repare los equipos de frío pequeños. De ahí ha "
                            "nacido nuestro proyecto, y ahora estamos probando el servicio con los "
                            "primeros clientes."
                        ),
                        "attribution": "Irati Lizarralde",
                        "role": "Emprendedora, Egibide",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Por sectores, los servicios industriales siguen en primer lugar, pero "
                        "han aumentado los proyectos relacionados con las energías renovables, los "
                        "cuidados y la alimentación. El 42 % de las personas emprendedoras son "
                        "mujeres. Todos los proyectos tendrán su sesión de avance en febrero, y se "
                        "espera que las primeras empresas se constituyan en primavera. Cada centro "
                        "adaptará su calendario, pero todos los proyectos tendrán al menos una "
                        "reunión de seguimiento al mes.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Urratsbat starts 2026-2027 with 52 projects, its highest number yet",
            "slug": "urratsbat-2026-2027-academic-year",
            "lead": (
                "Five projects have grown out of TKgune innovation projects, and every centre now "
                "has at least one ESM-trained facilitator."
            ),
            "search_description": (
                "Urratsbat 2026-2027: 52 projects from 27 VET centres, five of them born in TKgune "
                "projects. Kick-off day held at Egibide."
            ),
            "image_alt": "Abstract illustration: bright red steps rising upwards",
            "tags": ["Urratsbat", "new academic year", "TKgune"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat programme has begun the 2026-2027 academic year with 52 "
                        "business projects, the highest number in its history. The projects will "
                        "be developed in 27 VET centres and involve 94 entrepreneurs. The kick-off "
                        "day was held on 16 September at Egibide in Vitoria-Gasteiz, attended by "
                        "the entrepreneurs as well as facilitators from the centres and several "
                        "founders of community companies.</p>"
                        "<p>One of this year's new features is that five projects have grown out "
                        "of TKgune innovation projects. Students who took part in them spotted a "
                        "market opportunity while working with SMEs, and now want to turn it into "
                        "a business. This strengthens the link between the two programmes: from "
                        "innovation at the centre to a new company.</p>"
                    ),
                ),
                ("heading", {"text": "Trained facilitators in every centre", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>For the first time, every participating centre has at least one "
                        "facilitator who has completed ESM training. Entrepreneurs will receive "
                        "the following support during the year:</p>"
                        "<ul>"
                        "<li><strong>A facilitator:</strong> at each centre, to support them from "
                        "the first idea to incorporation, using the ESM methodology.</li>"
                        "<li><strong>First-year support:</strong> those who incorporate a company "
                        "will have sessions on cash flow, hiring and pricing.</li>"
                        "<li><strong>The community from day one:</strong> access to networking "
                        "days and the marketplace, even before setting up their company.</li></ul>"
                        "<p>The centres' offices and workshops will remain available to "
                        "entrepreneurs until their business is established.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "During a TKgune project at Egibide I saw that small restaurants have "
                            "nobody to repair their small refrigeration units. That's where our "
                            "project came from, and we're now testing the service with our first "
                            "customers."
                        ),
                        "attribution": "Irati Lizarralde",
                        "role": "Entrepreneur, Egibide",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>By sector, industrial services remain in first place, but there are "
                        "more projects linked to renewable energy, care and food. Women make up "
                        "42% of the entrepreneurs. All projects will have their progress session "
                        "in February, and the first companies are expected to be incorporated in "
                        "the spring. Each centre will adapt its own calendar, but every project "
                        "will have at least one follow-up meeting a month.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "esm-european-exchange",
        "date": "2026-10-07",
        "categories": ["esm", "events"],
        "programmes": ["esm"],
        "image": {"colour": "#1e3a8a", "motif": "network"},
        "eu": {
            "title": (
                "Finlandiako eta Herbehereetako irakasleek ESM metodologia ezagutu dute Euskadin"
            ),
            "slug": "esm-europako-trukea-finlandia-herbehereak",
            "lead": (
                "Europako lanbide-heziketako bost ikastetxetako hamabi irakaslek astebete eman "
                "dute Tknikan eta hiru ikastetxetan, ekintzailetzan nola laguntzen den ikusteko."
            ),
            "search_description": (
                "Finlandiako eta Herbehereetako 12 irakaslek ESM metodologia ezagutu dute "
                "astebeteko truke batean: Tknika, hiru ikastetxe eta material partekatuak."
            ),
            "image_alt": "Ilustrazio abstraktua: lotutako puntu urdin ilunen sarea",
            "tags": ["ESM", "Europa", "trukea"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Finlandiako eta Herbehereetako lanbide-heziketako bost ikastetxetako "
                        "hamabi irakaslek astebete eman dute Euskadin, urriaren 5etik 9ra, ESM "
                        "metodologia eta Urratsbat programa ezagutzeko. Bisita Europako "
                        "mugikortasun-proiektu baten barruan antolatu da, eta ikastetxe horiek "
                        "aspalditik dute ekintzailetza beren curriculumean. Bisitariek "
                        "ekintzailetza irakasten dute beren ikastetxeetan, eta haietako batzuek "
                        "ikasleen enpresa txikiak gidatzen dituzte.</p>"
                        "<p>Lehen egunean, Tknikaren Errenteriako egoitzan, ESMren oinarriak eta "
                        "Urratsbaten hamar urteko ibilbidea aurkeztu zitzaizkien. Hurrengo "
                        "egunetan, Armeria Eskola, Tolosaldea LHII eta Egibide bisitatu zituzten, "
                        "eta bertako dinamizatzaileekin eta ekintzaileekin hitz egin zuten. "
                        "Ostiralean, azken saio batean, bi aldeetako metodologiak alderatu "
                        "zituzten.</p>"
                    ),
                ),
                ("heading", {"text": "Elkarrengandik ikasteko", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Trukea bi norabidetakoa da, eta aste honetan hiru gai landu dira "
                        "bereziki:</p>"
                        "<ul>"
                        "<li><strong>Ekintzailetza curriculumean:</strong> Finlandiako ikastetxeek "
                        "nola txertatzen duten ekintzailetza ikasketa-plan guztietan, ez soilik "
                        "hautazko ikasgai gisa.</li>"
                        "<li><strong>Dinamizatzaileen prestakuntza:</strong> ESMren modulu-egitura "
                        "eta kasuen klinika, Herbehereetako ikastetxeek beren irakasleekin probatu "
                        "nahi dituztenak.</li>"
                        "<li><strong>Ikasleen enpresak:</strong> ikasturtean zehar ikasleek "
                        "kudeatzen dituzten ikaskuntza-enpresak, Euskadin aplikatzeko moduko eredu "
                        "gisa.</li></ul>"
                        "<p>Bisitarako, ESMren oinarrizko materialak ingelesera itzuli dira, eta "
                        "Europako beste ikastetxe batzuekin partekatu ahal izango dira.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Harrigarria izan zait ikustea zenbat enpresa sortzen diren "
                            "ikastetxeen barruan, eta zein estu lan egiten duten dinamizatzaileek "
                            "ekintzaileekin. Kasuen klinika gure ikastetxera eramango dugu "
                            "datorren urtean."
                        ),
                        "attribution": "Sanna Virtanen",
                        "role": "Ekintzailetza-irakaslea, Finlandiako lanbide-ikastetxe bat",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Trukearen bigarren zatian, Euskadiko sei dinamizatzailek Finlandia eta "
                        "Herbehereak bisitatuko dituzte 2027ko udaberrian. Bien bitartean, bi "
                        "aldeek lineako saioak egingo dituzte hilean behin, kasuak partekatzeko "
                        "eta ESM materialen nazioarteko bertsioa hobetzeko. Trukearen emaitzak ESM "
                        "dinamizatzaileen 2027ko topaketan aurkeztuko dira.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": "Docentes de Finlandia y Países Bajos conocen la metodología ESM en Euskadi",
            "slug": "intercambio-europeo-esm-finlandia-paises-bajos",
            "lead": (
                "Doce docentes de cinco centros europeos de FP han pasado una semana en Tknika y "
                "en tres centros para ver cómo se acompaña el emprendimiento."
            ),
            "search_description": (
                "Doce docentes de Finlandia y Países Bajos conocen la metodología ESM en un "
                "intercambio de una semana: Tknika, tres centros de FP y materiales compartidos."
            ),
            "image_alt": "Ilustración abstracta: red de puntos azul oscuro conectados",
            "tags": ["ESM", "Europa", "intercambio"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Doce docentes de cinco centros de FP de Finlandia y Países Bajos han "
                        "pasado una semana en Euskadi, del 5 al 9 de octubre, para conocer la "
                        "metodología ESM y el programa Urratsbat. La visita se ha organizado "
                        "dentro de un proyecto europeo de movilidad, y esos centros cuentan desde "
                        "hace tiempo con el emprendimiento en su currículo. Las personas "
                        "visitantes enseñan emprendimiento en sus centros, y algunas dirigen "
                        "pequeñas empresas de estudiantes.</p>"
                        "<p>El primer día, en la sede de Tknika en Errenteria, se les presentaron "
                        "las bases de ESM y los diez años de trayectoria de Urratsbat. En los días "
                        "siguientes visitaron Armeria Eskola, Tolosaldea LHII y Egibide, donde "
                        "hablaron con sus personas dinamizadoras y emprendedoras. El viernes, en "
                        "una última sesión, compararon las metodologías de ambas partes.</p>"
                    ),
                ),
                ("heading", {"text": "Aprender unos de otros", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>El intercambio es de ida y vuelta, y esta semana se han trabajado "
                        "especialmente tres temas:</p>"
                        "<ul>"
                        "<li><strong>Emprendimiento en el currículo:</strong> cómo integran los "
                        "centros finlandeses el emprendimiento en todos los planes de estudio, no "
                        "solo como asignatura optativa.</li>"
                        "<li><strong>Formación de personas dinamizadoras:</strong> la estructura "
                        "modular de ESM y la clínica de casos, que los centros neerlandeses "
                        "quieren probar con su profesorado.</li>"
                        "<li><strong>Empresas de estudiantes:</strong> empresas de aprendizaje "
                        "gestionadas por el alumnado durante el curso, como modelo aplicable en "
                        "Euskadi.</li></ul>"
                        "<p>Para la visita, los materiales básicos de ESM se han traducido al "
                        "inglés y podrán compartirse con otros centros europeos.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Me ha sorprendido ver cuántas empresas se crean dentro de los centros "
                            "y lo de cerca que trabajan las personas dinamizadoras con quienes "
                            "emprenden. El año que viene llevaremos la clínica de casos a nuestro "
                            "centro."
                        ),
                        "attribution": "Sanna Virtanen",
                        "role": "Profesora de emprendimiento en un centro de FP de Finlandia",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>En la segunda parte del intercambio, seis personas dinamizadoras de "
                        "Euskadi visitarán Finlandia y Países Bajos en la primavera de 2027. "
                        "Mientras tanto, ambas partes celebrarán sesiones en línea una vez al mes "
                        "para compartir casos y mejorar la versión internacional de los materiales "
                        "de ESM. Los resultados del intercambio se presentarán en el encuentro de "
                        "personas dinamizadoras ESM de 2027.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Teachers from Finland and the Netherlands get to know the ESM methodology",
            "slug": "esm-european-exchange-finland-netherlands",
            "lead": (
                "Twelve teachers from five European VET colleges spent a week at Tknika and three "
                "Basque VET centres to see how entrepreneurs are supported."
            ),
            "search_description": (
                "Twelve teachers from Finland and the Netherlands explored the ESM methodology "
                "during a week-long exchange: Tknika, three VET centres and shared materials."
            ),
            "image_alt": "Abstract illustration: a network of connected navy blue dots",
            "tags": ["ESM", "Europe", "exchange"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Twelve teachers from five VET colleges in Finland and the Netherlands "
                        "spent a week in the Basque Country, from 5 to 9 October, to learn about "
                        "the ESM methodology and the Urratsbat programme. The visit was organised "
                        "as part of a European mobility project, and the colleges involved have "
                        "long included entrepreneurship in their curriculum. The visitors teach "
                        "entrepreneurship at their colleges, and some of them run small student "
                        "companies.</p>"
                        "<p>On the first day, at Tknika's premises in Errenteria, they were "
                        "introduced to the principles of ESM and Urratsbat's ten-year track "
                        "record. Over the following days they visited Armeria Eskola, Tolosaldea "
                        "LHII and Egibide, where they talked to facilitators and entrepreneurs. On "
                        "Friday, a final session compared the approaches on both sides.</p>"
                    ),
                ),
                ("heading", {"text": "Learning from each other", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The exchange works both ways, and this week focused on three topics in "
                        "particular:</p>"
                        "<ul>"
                        "<li><strong>Entrepreneurship in the curriculum:</strong> how Finnish "
                        "colleges build entrepreneurship into every programme, not just as an "
                        "optional subject.</li>"
                        "<li><strong>Training facilitators:</strong> ESM's modular structure and "
                        "the case clinic, which the Dutch colleges want to try with their own "
                        "teachers.</li>"
                        "<li><strong>Student companies:</strong> practice companies run by "
                        "students during the year, as a model that could be applied in the Basque "
                        "Country.</li></ul>"
                        "<p>For the visit, the core ESM materials were translated into English, "
                        "and they can now be shared with other European colleges.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "I was surprised to see how many companies are created inside the "
                            "centres, and how closely facilitators work with entrepreneurs. Next "
                            "year we'll be taking the case clinic back to our college."
                        ),
                        "attribution": "Sanna Virtanen",
                        "role": "Entrepreneurship teacher at a Finnish VET college",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>In the second part of the exchange, six Basque facilitators will visit "
                        "Finland and the Netherlands in spring 2027. In the meantime, both sides "
                        "will hold monthly online sessions to share cases and improve the "
                        "international version of the ESM materials. The results of the exchange "
                        "will be presented at the 2027 ESM facilitators' meeting.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "community-annual-meeting-2026",
        "date": "2026-10-28",
        "categories": ["community", "events"],
        "programmes": ["community"],
        "image": {"colour": "#86198f", "motif": "circles"},
        "eu": {
            "title": (
                "Urratsbat komunitatearen urteko topaketa Don Bosco LHIIn: balantzea eta 2027ko "
                "erronkak"
            ),
            "slug": "komunitatearen-urteko-topaketa-2026",
            "lead": (
                "180 lagun bildu ziren Errenterian urteko jarduera baloratzeko, eta "
                "belaunaldi-aldaketarako programa eta azoka batean stand partekatua aurkeztu ziren "
                "datorren urterako."
            ),
            "search_description": (
                "Urratsbat komunitatearen 2026ko topaketa Don Bosco LHIIn: urteko balantzea, "
                "mentoretza, merkatua eta 2027rako bi ekimen berri."
            ),
            "image_alt": "Ilustrazio abstraktua: zirkulu more ilun gainjarriak",
            "tags": ["urteko topaketa", "komunitatea", "Errenteria"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Urratsbat komunitatearen urteko topaketa urriaren 28an egin zen Don "
                        "Bosco LHIIn, Errenterian, eta 180 lagun inguru bildu ziren. Topaketaren "
                        "lehen zatian, iaz adostutako 2026ko planaren balantzea egin zen, eta "
                        "bigarrenean datorren urterako ekimenak aurkeztu eta eztabaidatu ziren. "
                        "Komunitateko enpresez gain, ikastetxeetako dinamizatzaileak eta aurten "
                        "Urratsbaten hasitako ekintzaileak ere izan ziren.</p>"
                        "<p>Urteko datuen arabera, komunitateak hiru sare-jardunaldi antolatu "
                        "ditu, Donostian, Bilbon eta Gasteizen, eta 210 enpresak hartu dute parte "
                        "horietan. Enpresa-garapeneko programak hiru saio izan ditu, "
                        "nazioartekotzeari, finantzaketari eta belaunaldi-aldaketari buruzkoak, "
                        "eta 90 enpresa inguruk parte hartu dute. Merkatuak, bestalde, udazkenean "
                        "jaso ditu kideek eskatutako hobekuntzak.</p>"
                    ),
                ),
                ("heading", {"text": "Bi ekimen berri 2027rako", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kideen proposamenetatik abiatuta, komunitateak bi ekimen berri jarriko "
                        "ditu martxan datorren urtean:</p>"
                        "<ul>"
                        "<li><strong>Belaunaldi-aldaketarako programa:</strong> jarduna utzi nahi "
                        "duten enpresa-jabeak eta enpresa bat hartzeko prest dauden ekintzaileak "
                        "harremanetan jartzeko, Urratsbat programarekin batera.</li>"
                        "<li><strong>Stand partekatua azoka batean:</strong> komunitateko hamar "
                        "enpresak batera parte hartuko dute industria-azoka batean, kostuak eta "
                        "ikusgarritasuna partekatuz.</li></ul>"
                        "<p>Horrez gain, mentoretza-programak jarraipena izango du: aurten hamabi "
                        "bikotek egin dute lan, eta 2027an hogeira iristea da helburua.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Hamar urte hauetan ikasi dugu komunitatea ez dela guk antolatzen "
                            "duguna, kideek egiten dutena baizik. Aurten proposatutako bi ekimenak "
                            "enpresetatik etorri dira, eta horrek esaten digu bide onetik goazela."
                        ),
                        "attribution": "Amaia Zabala",
                        "role": "Urratsbat komunitatearen dinamizatzailea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Topaketa mokadu batzuekin amaitu zen, eta ikastetxeko "
                        "ekintzailetza-guneko enpresek beren produktuak eta zerbitzuak erakutsi "
                        "zituzten. 2027ko plana urtarrilean argitaratuko da komunitatearen "
                        "atalean, eta kideek otsailaren amaierara arte izango dute iruzkinak "
                        "egiteko aukera.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Encuentro anual de la comunidad Urratsbat en Don Bosco LHII: balance y retos para "
                "2027"
            ),
            "slug": "encuentro-anual-comunidad-2026",
            "lead": (
                "Unas 180 personas se reunieron en Errenteria para valorar la actividad del año, y "
                "se presentaron un programa de relevo generacional y un stand compartido en una "
                "feria para el próximo año."
            ),
            "search_description": (
                "Encuentro 2026 de la comunidad Urratsbat en Don Bosco LHII: balance del año, "
                "mentoría, marketplace y dos nuevas iniciativas para 2027."
            ),
            "image_alt": "Ilustración abstracta: círculos morado oscuro superpuestos",
            "tags": ["encuentro anual", "comunidad", "Errenteria"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>El encuentro anual de la comunidad Urratsbat se celebró el 28 de "
                        "octubre en Don Bosco LHII, en Errenteria, con la asistencia de unas 180 "
                        "personas. En la primera parte se hizo balance del plan 2026 acordado el "
                        "año pasado, y en la segunda se presentaron y debatieron las iniciativas "
                        "para el próximo año. Además de las empresas de la comunidad, asistieron "
                        "personas dinamizadoras de los centros y emprendedoras que han empezado "
                        "este curso en Urratsbat.</p>"
                        "<p>Según los datos del año, la comunidad ha organizado tres jornadas de "
                        "networking, en Donostia, Bilbao y Vitoria-Gasteiz, en las que han "
                        "participado 210 empresas. El programa de desarrollo empresarial ha tenido "
                        "tres sesiones, sobre internacionalización, financiación y relevo "
                        "generacional, con la participación de unas 90 empresas. El marketplace, "
                        "por su parte, ha incorporado en otoño las mejoras solicitadas por sus "
                        "miembros.</p>"
                    ),
                ),
                ("heading", {"text": "Dos nuevas iniciativas para 2027", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>A partir de las propuestas de sus miembros, la comunidad pondrá en "
                        "marcha dos nuevas iniciativas el próximo año:</p>"
                        "<ul>"
                        "<li><strong>Programa de relevo generacional:</strong> para poner en "
                        "contacto a personas propietarias que quieren dejar su empresa con "
                        "emprendedoras y emprendedores dispuestos a asumirla, junto al programa "
                        "Urratsbat.</li>"
                        "<li><strong>Stand compartido en una feria:</strong> diez empresas de la "
                        "comunidad participarán juntas en una feria industrial, compartiendo "
                        "costes y visibilidad.</li></ul>"
                        "<p>Además, el programa de mentoría tendrá continuidad: este año han "
                        "trabajado doce parejas, y el objetivo para 2027 es llegar a veinte.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "En estos diez años hemos aprendido que la comunidad no es lo que "
                            "organizamos nosotras, sino lo que hacen sus miembros. Las dos "
                            "iniciativas de este año vienen de las propias empresas, y eso nos "
                            "dice que vamos por buen camino."
                        ),
                        "attribution": "Amaia Zabala",
                        "role": "Dinamizadora de la comunidad Urratsbat",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>El encuentro terminó con un aperitivo, y las empresas del espacio de "
                        "emprendimiento del centro mostraron sus productos y servicios. El plan "
                        "2027 se publicará en enero en la sección de la comunidad, y sus miembros "
                        "podrán hacer comentarios hasta finales de febrero.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Urratsbat community annual meeting at Don Bosco LHII: review and goals for 2027"
            ),
            "slug": "community-annual-meeting-2026",
            "lead": (
                "Around 180 people met in Errenteria to review the year's activity, and a business "
                "succession programme and a shared trade fair stand were presented for next year."
            ),
            "search_description": (
                "Urratsbat community 2026 meeting at Don Bosco LHII: the year in review, "
                "mentoring, the marketplace and two new initiatives for 2027."
            ),
            "image_alt": "Abstract illustration: overlapping dark purple circles",
            "tags": ["annual meeting", "community", "Errenteria"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Urratsbat community's annual meeting took place on 28 October at "
                        "Don Bosco LHII in Errenteria, with around 180 people attending. The first "
                        "part reviewed the 2026 plan agreed last year, and the second presented "
                        "and discussed initiatives for the year ahead. Alongside community "
                        "companies, facilitators from the centres and entrepreneurs who joined "
                        "Urratsbat this year also attended.</p>"
                        "<p>According to the year's figures, the community held three networking "
                        "days, in Donostia, Bilbao and Vitoria-Gasteiz, attended by 210 companies. "
                        "The business development programme ran three sessions, on "
                        "internationalisation, funding and business succession, with around 90 "
                        "companies taking part. The marketplace, meanwhile, introduced the "
                        "improvements requested by members in the autumn.</p>"
                    ),
                ),
                ("heading", {"text": "Two new initiatives for 2027", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Building on members' proposals, the community will launch two new "
                        "initiatives next year:</p>"
                        "<ul>"
                        "<li><strong>Business succession programme:</strong> to put owners who "
                        "want to step away from their company in touch with entrepreneurs ready to "
                        "take it over, together with the Urratsbat programme.</li>"
                        "<li><strong>Shared stand at a trade fair:</strong> ten community "
                        "companies will exhibit together at an industrial trade fair, sharing "
                        "costs and visibility.</li></ul>"
                        "<p>The mentoring programme will also continue: twelve pairs worked "
                        "together this year, and the goal for 2027 is to reach twenty.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Over these ten years we've learned that the community isn't what we "
                            "organise, but what its members do. Both of this year's initiatives "
                            "came from the companies themselves, and that tells us we're on the "
                            "right track."
                        ),
                        "attribution": "Amaia Zabala",
                        "role": "Urratsbat community manager",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The meeting ended with refreshments, and companies based in the "
                        "centre's entrepreneurship space showed their products and services. The "
                        "2027 plan will be published in January in the community section, and "
                        "members will be able to comment on it until the end of February.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "tkgune-heat-recovery-iurreta",
        "date": "2026-11-18",
        "categories": ["tkgune", "innovation"],
        "programmes": ["tkgune", "community"],
        "image": {"colour": "#166534", "motif": "waves"},
        "eu": {
            "title": (
                "Iurreta LHIIk, Anboto Esnekiak eta Kalda Instalazioak: hotz-ekipoen beroa "
                "berrerabiltzen"
            ),
            "slug": "iurreta-anboto-esnekiak-beroa-berreskuratzea",
            "lead": (
                "Durangaldeko esnekien enpresak % 22 murriztu du gas-kontsumoa, hozte-ekipoek "
                "sortutako beroarekin garbiketa-ura aurrez berotuz."
            ),
            "search_description": (
                "Iurreta LHIIk, Anboto Esnekiak ETEak eta Kalda Instalazioak komunitateko enpresak "
                "beroa berreskuratzeko sistema bat jarri dute: gasa % 22 gutxiago."
            ),
            "image_alt": "Ilustrazio abstraktua: uhin berde ilun leunak",
            "tags": ["energia", "Iurreta", "elikadura"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Anboto Esnekiak Durangaldeko enpresa bat da, 40 langilekoa, eta "
                        "inguruko baserrietako esnearekin jogurtak eta gaztanbera egiten ditu. "
                        "Instalazioak egunero garbitu behar dira ur beroarekin, eta ura berotzeko "
                        "gas naturala erabiltzen zuen. Aldi berean, esnea eta produktuak hozteko "
                        "ekipoek bero asko botatzen zuten kanpora, inolako erabilerarik gabe.</p>"
                        "<p>Bero hori aprobetxatzeko aukera aztertzeko, enpresak TKgune proiektu "
                        "bat egin du Iurreta LHIIrekin. Proiektuaren berezitasuna da Urratsbat "
                        "komunitateko enpresa batek ere parte hartu duela: Kalda Instalazioak, "
                        "Iurreta LHIIko ikasle ohiek duela hamar urte sortutako instalazio "
                        "termikoen enpresak.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Ikastetxea, ETEa eta komunitateko enpresa bat", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Proiektuan, alde bakoitzak bere ekarpena egin du:</p>"
                        "<ul>"
                        "<li><strong>Iurreta LHII:</strong> energia-auditoria eta sistemaren "
                        "diseinua, instalazio termikoetako bi irakaslek eta lau ikaslek "
                        "eginak.</li>"
                        "<li><strong>Kalda Instalazioak:</strong> bero-berreskuratzailearen eta "
                        "metatze-tankearen instalazioa, ikasleen laguntzarekin.</li>"
                        "<li><strong>Anboto Esnekiak:</strong> ekoizpen-datuak, instalazioetarako "
                        "sarbidea eta lan-egutegia, ekoizpena eten gabe.</li></ul>"
                        "<p>Sistema irailaz geroztik dago martxan. Lehen bi hilabeteetako datuen "
                        "arabera, garbiketa-ura berotzeko gas-kontsumoa % 22 jaitsi da, eta "
                        "inbertsioa hiru urtean berreskuratuko dela kalkulatzen da. Gainera, "
                        "hozte-ekipoek karga txikiagoarekin egiten dute lan udan, ez baitute bero "
                        "guztia kanpora bota behar.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Gure ikastetxera itzultzea eta orain enpresa gisa ikasleekin lan "
                            "egitea berezia izan da. Haiek guk duela hamar urte egin genuen bidea "
                            "egiten ari dira, eta guk instalatzailearen eguneroko lana erakutsi "
                            "diegu."
                        ),
                        "attribution": "Julen Zubiaurre",
                        "role": "Kalda Instalazioak enpresako sortzailekidea",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Proiektuak erakusten du TKgune eta Urratsbat komunitatea elkarren "
                        "osagarri izan daitezkeela: ikastetxeak ezagutza eta ikasleak jartzen "
                        "ditu, ETEak erronka, eta komunitateko enpresak hura gauzatzeko gaitasuna. "
                        "Iurreta LHIIk eredu hori errepikatu nahi du datorren TKgune deialdian, "
                        "eskualdeko beste elikagai-enpresa batzuekin.</p>"
                    ),
                ),
            ],
        },
        "es": {
            "title": (
                "Iurreta LHII, Anboto Esnekiak y Kalda Instalazioak aprovechan el calor de la "
                "refrigeración"
            ),
            "slug": "iurreta-anboto-esnekiak-recuperacion-calor",
            "lead": (
                "La empresa láctea del Duranguesado ha reducido un 22 % su consumo de gas "
                "precalentando el agua de limpieza con el calor que generan sus equipos de frío."
            ),
            "search_description": (
                "Iurreta LHII, la pyme Anboto Esnekiak y Kalda Instalazioak, empresa de la "
                "comunidad, instalan un sistema de recuperación de calor: un 22 % menos de gas."
            ),
            "image_alt": "Ilustración abstracta: ondas suaves de color verde oscuro",
            "tags": ["energía", "Iurreta", "alimentación"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Anboto Esnekiak es una empresa del Duranguesado con 40 personas en "
                        "plantilla que elabora yogures y cuajada con leche de caseríos de la zona. "
                        "Las instalaciones deben limpiarse a diario con agua caliente, y para "
                        "calentarla la empresa utilizaba gas natural. Al mismo tiempo, los equipos "
                        "que enfrían la leche y los productos expulsaban al exterior mucho calor "
                        "sin ningún aprovechamiento.</p>"
                        "<p>Para estudiar cómo aprovechar ese calor, la empresa ha desarrollado un "
                        "proyecto TKgune con Iurreta LHII. Lo particular del proyecto es que "
                        "también ha participado una empresa de la comunidad Urratsbat: Kalda "
                        "Instalazioak, empresa de instalaciones térmicas creada hace diez años por "
                        "antiguos alumnos de Iurreta LHII.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Un centro, una pyme y una empresa de la comunidad", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>En el proyecto, cada parte ha hecho su aportación:</p>"
                        "<ul>"
                        "<li><strong>Iurreta LHII:</strong> auditoría energética y diseño del "
                        "sistema, a cargo de dos docentes y cuatro estudiantes de instalaciones "
                        "térmicas.</li>"
                        "<li><strong>Kalda Instalazioak:</strong> instalación del recuperador de "
                        "calor y del depósito de acumulación, con la ayuda del alumnado.</li>"
                        "<li><strong>Anboto Esnekiak:</strong> datos de producción, acceso a las "
                        "instalaciones y calendario de trabajo, sin interrumpir la "
                        "producción.</li></ul>"
                        "<p>El sistema funciona desde septiembre. Según los datos de los dos "
                        "primeros meses, el consumo de gas para calentar el agua de limpieza ha "
                        "bajado un 22 %, y se calcula que la inversión se recuperará en tres años. "
                        "Además, los equipos de frío trabajan con menos carga en verano, ya que no "
                        "tienen que expulsar todo el calor al exterior.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Volver a nuestro centro y trabajar ahora como empresa con el alumnado "
                            "ha sido especial. Están haciendo el camino que nosotros hicimos hace "
                            "diez años, y les hemos enseñado el día a día de una empresa "
                            "instaladora."
                        ),
                        "attribution": "Julen Zubiaurre",
                        "role": "Cofundador de Kalda Instalazioak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>El proyecto demuestra que TKgune y la comunidad Urratsbat pueden "
                        "complementarse: el centro aporta conocimiento y alumnado, la pyme el "
                        "reto, y la empresa de la comunidad la capacidad de llevarlo a cabo. "
                        "Iurreta LHII quiere repetir este modelo en la próxima convocatoria TKgune "
                        "con otras empresas alimentarias de la comarca.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": (
                "Iurreta LHII, Anboto Esnekiak and Kalda Instalazioak put refrigeration heat to use"
            ),
            "slug": "iurreta-anboto-esnekiak-heat-recovery",
            "lead": (
                "The Durango-area dairy has cut its gas consumption by 22% by using heat from its "
                "refrigeration units to preheat cleaning water."
            ),
            "search_description": (
                "Iurreta LHII, the SME Anboto Esnekiak and community company Kalda Instalazioak "
                "install a heat recovery system, cutting gas use by 22%."
            ),
            "image_alt": "Abstract illustration: soft dark green waves",
            "tags": ["energy", "Iurreta", "food"],
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Anboto Esnekiak is a 40-employee company in the Durango area that "
                        "makes yoghurt and curd from milk supplied by local farms. Its facilities "
                        "have to be cleaned every day with hot water, which the company heated "
                        "with natural gas. At the same time, the units that chill the milk and "
                        "finished products were releasing large amounts of heat outdoors without "
                        "any use.</p>"
                        "<p>To look at how that heat could be put to work, the company carried out "
                        "a TKgune project with Iurreta LHII. What makes the project unusual is "
                        "that an Urratsbat community company also took part: Kalda Instalazioak, a "
                        "heating and cooling installer set up ten years ago by former students of "
                        "Iurreta LHII.</p>"
                    ),
                ),
                ("heading", {"text": "A centre, an SME and a community company", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Each partner made its own contribution to the project:</p>"
                        "<ul>"
                        "<li><strong>Iurreta LHII:</strong> an energy audit and the system design, "
                        "by two teachers and four students from the thermal installations "
                        "programme.</li>"
                        "<li><strong>Kalda Instalazioak:</strong> installation of the heat "
                        "recovery unit and storage tank, with help from the students.</li>"
                        "<li><strong>Anboto Esnekiak:</strong> production data, access to the "
                        "facilities and a work schedule that kept production running.</li></ul>"
                        "<p>The system has been running since September. Figures from the first "
                        "two months show a 22% drop in the gas used to heat cleaning water, and "
                        "the investment is expected to pay for itself within three years. The "
                        "refrigeration units also run under a lighter load in summer, as they no "
                        "longer have to reject all their heat outdoors.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Coming back to our old centre and working with the students as a "
                            "company has been special. They are following the same path we took "
                            "ten years ago, and we've shown them what an installer's working day "
                            "looks like."
                        ),
                        "attribution": "Julen Zubiaurre",
                        "role": "Co-founder, Kalda Instalazioak",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>The project shows that TKgune and the Urratsbat community can "
                        "complement each other: the centre brings knowledge and students, the SME "
                        "brings the challenge, and the community company brings the capacity to "
                        "deliver it. Iurreta LHII wants to repeat the model in the next TKgune "
                        "call with other food companies in the area.</p>"
                    ),
                ),
            ],
        },
    },
]
