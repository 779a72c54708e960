from careermap.cli.app import main

if __name__ == "__main__":  # not when a spawned `serve --workers` process imports it again
    main()
