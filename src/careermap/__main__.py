from careermap.cli.app import main

main()
